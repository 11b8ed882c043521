/**
 * Errors travel as typed data ({code, path?}); this one table turns a code into the Chinese text the user
 * reads. Cloud functions, the local server and the app all map through it, so a code reads the same everywhere.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNKNOWN_FUNCTION'
  | 'MALFORMED_JSON'
  | 'INVALID_EVENT'
  | 'CALLER_IN_EVENT'
  | 'PAYLOAD_TOO_LARGE'
  | 'INVALID_DISPLAY_NAME'
  | 'DISPLAY_NAME_TAKEN'
  | 'INVALID_UNIT'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'NETWORK'
  | 'INTERNAL'
  | 'NOT_MEMBER'
  | 'OWNER_ONLY'
  | 'READ_ONLY_ROLE'
  | 'SECTION_NOT_ASSIGNED'
  | 'UNKNOWN_ITEM'
  | 'VALUE_REFUSED'
  | 'INVITE_NOT_FOUND'
  | 'INVITE_EXPIRED'
  | 'INVITE_REVOKED'
  | 'INVITE_USED_UP'
  | 'CANNOT_REMOVE_OWNER'
  | 'BUSY'
  | 'OP_ID_REUSED'
  | 'BASE_VERSION_AHEAD'
  | 'VALUE_TOO_LARGE'
  | 'UNSAFE_VALUE_KEY'
  | 'INVALID_LIST_ENTRY'
  | 'LIST_CHANGED_SINCE_PREVIEW'
  | 'INVALID_EXPLANATION'
  | 'INVITE_BEFORE_REMOVAL'
  | 'HOST_NOT_ALLOWED'
  | 'TIMEOUT'
  | 'QUOTA'
  | 'STORAGE_FULL'
  | 'EXPORT_OPEN_FAILED'
  | 'CITY_ONLY'
  | 'APPLICATION_LOCKED'
  | 'CITY_AFTER_APPROVAL'
  | 'SUBMIT_BLOCKED'
  | 'ALREADY_SUBMITTED'
  | 'NOT_SUBMITTED'
  | 'NOT_REOPENABLE'
  | 'COUNTY_ONLY'
  | 'UPLOAD_FORBIDDEN'
  | 'UPLOAD_NOT_FOUND'
  | 'FILES_UNAVAILABLE'
  | 'NOT_A_LIST'
  | 'IMPORT_REFUSED'
  | 'EVIDENCE_NOT_NEEDED'
  | 'EVIDENCE_EMPTY'
  | 'EVIDENCE_TOO_LARGE'
  | 'EVIDENCE_NOT_IMAGE'
  | 'EVIDENCE_HASH_MISMATCH'
  | 'EVIDENCE_FORBIDDEN'
  | 'EVIDENCE_NOT_FOUND'
  | 'PHOTO_NOT_IMAGE'
  | 'PHOTO_TOO_LARGE'
  | 'PHOTO_EMPTY'
  | 'PHOTO_UNREADABLE'
  | 'PHOTO_COMPRESS_FAILED'
  | 'PHOTO_SAVE_FAILED'
  | 'PHOTO_NOT_ALLOWED'
  | 'EVIDENCE_NOT_IN_APPLICATION'
  | 'EVIDENCE_RISKY'
  | 'MEDIA_CHECK_INVALID'
  // Reminders (device only: the weapp's subscription request; see src/components/MyTodo)
  | 'SUBSCRIBE_SWITCHED_OFF'
  | 'SUBSCRIBE_FAILED'
  | 'REMINDERS_NOT_CONFIGURED'

export interface AppError {
  code: ErrorCode
  /** Where in the request the problem is (a field name), when it is about one field. */
  path?: string
}

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '尚未登录或登录已失效，请重新登录。',
  FORBIDDEN: '您没有权限执行此操作。',
  UNKNOWN_FUNCTION: '请求的云函数不存在。',
  MALFORMED_JSON: '请求内容不是有效的 JSON 格式。',
  INVALID_EVENT: '请求参数不正确。',
  CALLER_IN_EVENT: '请求中不能指定用户身份，身份由平台确定。',
  PAYLOAD_TOO_LARGE: '请求内容过大，请分批提交。',
  INVALID_DISPLAY_NAME: '请输入 1–20 个字的显示名称（不含空白或控制字符）。',
  DISPLAY_NAME_TAKEN: '本申报中已有成员使用这个称呼，请换一个（例如加上姓氏或部门）。',
  INVALID_UNIT: '所在单位最多 40 个字，且不能包含控制字符。',
  METHOD_NOT_ALLOWED: '请求方法不被支持。',
  NOT_FOUND: '请求的地址不存在。',
  NETWORK: '网络连接失败，请检查网络后重试。',
  INTERNAL: '服务器内部错误，请稍后重试。',
  NOT_MEMBER: '您不是该申报的成员，或已被移出。',
  OWNER_ONLY: '只有申报负责人可以执行此操作。',
  READ_ONLY_ROLE: '审核和推荐角色只能查看，不能修改填报内容。',
  SECTION_NOT_ASSIGNED: '这一部分没有分配给您填写，请联系申报负责人。',
  UNKNOWN_ITEM: '申报表中没有这一栏。',
  VALUE_REFUSED: '填写的内容不符合要求，未保存。',
  INVITE_NOT_FOUND: '邀请不存在，请向申报负责人重新获取邀请。',
  INVITE_EXPIRED: '邀请已过期，请向申报负责人重新获取邀请。',
  INVITE_REVOKED: '邀请已被撤销，请向申报负责人重新获取邀请。',
  INVITE_USED_UP: '邀请的使用次数已用完，请向申报负责人重新获取邀请。',
  CANNOT_REMOVE_OWNER: '不能移除申报负责人。',
  BUSY: '同时修改的人较多，请稍后重试。',
  OP_ID_REUSED: '这条修改的编号已被另一条不同的内容使用，未保存；请重新填写这一项。',
  BASE_VERSION_AHEAD: '这一项的版本比服务器上的还新，未保存；请先同步最新内容再修改。',
  VALUE_TOO_LARGE: '这一项内容过大，无法同步，请精简后重新填写。',
  UNSAFE_VALUE_KEY: '填写内容中含有不允许的字段名，未保存。',
  INVALID_LIST_ENTRY: '清单中的这一条格式不对（编号或栏目不符），未保存。',
  LIST_CHANGED_SINCE_PREVIEW: '预览之后这份清单已被其他成员修改，未导入；请重新导入以查看最新的预览。',
  INVALID_EXPLANATION: '说明中含有控制字符或不可见的方向字符，请删除后重新填写。',
  INVITE_BEFORE_REMOVAL: '您已被移出该申报，之前的邀请对您已失效，请向申报负责人重新获取邀请。',
  HOST_NOT_ALLOWED: '请通过 127.0.0.1 或 localhost 访问本地服务。',
  TIMEOUT: '服务器处理超时，请稍后重试。',
  QUOTA: '云服务今日的调用额度已用完，请稍后再试或联系管理员。',
  STORAGE_FULL: '手机存储空间不足，刚才的回答还没有存入手机（已暂时保留，请不要退出）。请清理手机或微信的存储空间，清理后会自动重新保存。',
  EXPORT_OPEN_FAILED: '申报表已生成，但文件未能下载或打开，请稍后重试。',
  CITY_ONLY: '市级中小企业主管部门推荐意见只能由市级推荐填写。',
  APPLICATION_LOCKED: '申报已提交审核，内容已锁定，不能修改；如需修改，请由申报负责人撤回后再改。',
  CITY_AFTER_APPROVAL: '县级审核通过后，市级推荐才能填写推荐意见。',
  SUBMIT_BLOCKED: '还有需要修改或说明的内容，暂不能提交。',
  ALREADY_SUBMITTED: '申报已提交，正在审核中或已通过，不能重复提交。',
  NOT_SUBMITTED: '申报尚未提交或已退回修改，现在不能审核。',
  NOT_REOPENABLE: '申报尚未提交，无需撤回。',
  COUNTY_ONLY: '只有县级审核可以审核申报。',
  UPLOAD_FORBIDDEN: '只能导入您本人为这份申报上传的文件。',
  UPLOAD_NOT_FOUND: '上传的文件不存在或已过期，请重新选择文件。',
  FILES_UNAVAILABLE: '当前环境无法读取上传的文件，请改为粘贴表格内容。',
  NOT_A_LIST: '这一栏不是清单，不能导入表格。',
  IMPORT_REFUSED: '表格中没有可以导入的行，请按预览中的提示修改后重新导入。',
  EVIDENCE_NOT_NEEDED: '这一栏不需要佐证材料，照片未保存。',
  EVIDENCE_EMPTY: '照片文件是空的，请重新拍照或选择。',
  EVIDENCE_TOO_LARGE: '照片文件过大（压缩后应不超过 1 MB），请重新拍照或选择。',
  EVIDENCE_NOT_IMAGE: '这个文件不是可以打开的 JPEG 照片，请重新拍照或选择。',
  EVIDENCE_HASH_MISMATCH: '照片在上传中损坏，请重新上传。',
  EVIDENCE_FORBIDDEN: '只能使用您本人为这份申报上传的照片。',
  EVIDENCE_NOT_FOUND: '这张照片不在这份申报中。',
  PHOTO_NOT_IMAGE: '所选文件不是图片，请拍照或选择 JPG、PNG 格式的照片。',
  PHOTO_TOO_LARGE: '照片超过 10 MB，无法使用，请重新拍照或选择较小的照片。',
  PHOTO_EMPTY: '所选文件是空的（0 字节），请重新拍照或选择照片。',
  PHOTO_UNREADABLE: '照片无法打开，可能已损坏或格式不受支持，请重新拍照。',
  PHOTO_COMPRESS_FAILED: '照片无法压缩到 500 KB 以内，请靠近证书、避开杂乱背景后重新拍照。',
  PHOTO_SAVE_FAILED: '照片未能保存到手机，可能是存储空间不足，请清理后重试。',
  PHOTO_NOT_ALLOWED: '无法使用相机或相册，请在微信“设置 → 隐私”中允许本小程序使用相机和相册后重试。',
  EVIDENCE_NOT_IN_APPLICATION: '这张照片不属于这份申报，无法读取。',
  EVIDENCE_RISKY: '这张照片未通过微信平台的内容安全检测，不能作为佐证材料，请换一张证书照片。',
  MEDIA_CHECK_INVALID: '收到的内容安全检测结果格式不正确，未作处理。',
  // Reminders
  SUBSCRIBE_SWITCHED_OFF: '您已在微信中关闭了本小程序的订阅消息，请点右上角“…”→“设置”→“订阅消息”打开后再试。',
  SUBSCRIBE_FAILED: '微信未能打开订阅提醒，请稍后再试。',
  REMINDERS_NOT_CONFIGURED: '截止提醒尚未开通（管理员尚未配置提醒模板），暂不能订阅。'
}

/**
 * The Chinese message of an error. The request field is named only for a malformed request (a caller's bug, where the
 * field helps whoever reads the log); every other message is whole in itself, and a field name such as “displayName”
 * means nothing to the member who reads it. The field stays in `path` either way.
 */
export function errorMessage(error: AppError): string {
  const base = ERROR_MESSAGES[error.code]
  return error.path && error.code === 'INVALID_EVENT' ? `${base}（字段：${error.path}）` : base
}

/** What every cloud function returns: data, or a typed error with its Chinese message. */
export type CloudResult<T> = { ok: true; data: T } | { ok: false; error: AppError & { message: string } }

export function fail(code: ErrorCode, path?: string): CloudResult<never> {
  const error: AppError = path === undefined ? { code } : { code, path }
  return { ok: false, error: { ...error, message: errorMessage(error) } }
}

export function ok<T>(data: T): CloudResult<T> {
  return { ok: true, data }
}
