/**
 * WeChat's cloud call errors mapped to our codes, so that only a network failure is treated as "offline".
 * Codes from the 云开发 error table (miniprogram/dev/wxcloud/reference/errcode): a call rejects with
 * `errCode` (often -404011, "cloud function execution error") and an `errMsg` that may carry the service's
 * own code ("cloud function service error code -504002, error message …").
 */
import type { ErrorCode } from '../../errors'

const QUOTA = new Set([-501003, -501004, -501015, -501016]) // 请求次数/并发数超出环境配额, 读/写请求次数配额耗尽
const PERMISSION = new Set([-401001, -501019, -502003, -604101, -601034]) // 无权限, 未授权操作
const NETWORK = new Set([-501002, -601003, -404001, -404002, -404003, -404004, -404005, -404006, -404008, -404009, -404010, -404012]) // 云端响应超时, 系统网络错误, 调用轮询失败
const NETWORK_TEXT = /request:fail|network|timeout|timed out|ERR_|offline|fail to connect|网络/i

export function mapCloudError(err: unknown): ErrorCode {
  const e = (err ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
  const text = `${typeof e.errMsg === 'string' ? e.errMsg : ''} ${typeof e.message === 'string' ? e.message : ''}`
  const inner = /error code (-?\d+)/.exec(text)
  const code = inner ? Number(inner[1]) : typeof e.errCode === 'number' ? e.errCode : null
  // The function ran past its configured timeout: the batch was too big for it (or the database slow).
  if (code === -504003 || /Invoking task timed out|Task timed out/i.test(text)) return 'TIMEOUT'
  if (code !== null && QUOTA.has(code)) return 'QUOTA'
  if (code !== null && PERMISSION.has(code)) return 'FORBIDDEN'
  if (/FunctionName parameter could not be found|function not found|FUNCTION_NOT_FOUND/i.test(text)) return 'UNKNOWN_FUNCTION'
  if (code === -504002 || code === -404011 || code === -501000 || code === -501005) return 'INTERNAL'
  if (code !== null && NETWORK.has(code)) return 'NETWORK'
  if (NETWORK_TEXT.test(text)) return 'NETWORK'
  return 'INTERNAL'
}
