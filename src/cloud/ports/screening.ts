/**
 * The screening port: hands an uploaded photo to the platform's image content check. The check is
 * asynchronous: `submit` answers a trace id at once and the verdict arrives later as a message push
 * (src/cloud/core/mediaCheck.ts). WeChat binding: ./wxScreening.ts (`security.mediaCheckAsync`,
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html).
 * The local cloud has no content check and no binding: its records say `unchecked`, never a fake pass.
 */
export type ScreeningSubmission = { submitted: true; traceId: string } | { submitted: false; reason: string }

export interface ScreeningPort {
  /** Submits the stored photo `fileID`, uploaded by `openid`, for checking. Never throws: a failure is `submitted: false`. */
  submit(photo: { fileID: string; openid: string }): Promise<ScreeningSubmission>
}
