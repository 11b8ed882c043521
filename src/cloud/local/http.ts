import type { IncomingMessage, ServerResponse } from 'http'
import { fail, type CloudResult, type ErrorCode } from '../../errors'

/** Request bodies above this are refused before parsing (WeChat's callFunction limit is far larger; ours is a sanity cap). */
export const MAX_BODY_BYTES = 256 * 1024

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNKNOWN_FUNCTION: 404,
  MALFORMED_JSON: 400,
  INVALID_EVENT: 400,
  CALLER_IN_EVENT: 400,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_DISPLAY_NAME: 400,
  DISPLAY_NAME_TAKEN: 409,
  INVALID_UNIT: 400,
  METHOD_NOT_ALLOWED: 405,
  NOT_FOUND: 404,
  NETWORK: 503,
  INTERNAL: 500,
  NOT_MEMBER: 403,
  OWNER_ONLY: 403,
  READ_ONLY_ROLE: 403,
  SECTION_NOT_ASSIGNED: 403,
  UNKNOWN_ITEM: 400,
  VALUE_REFUSED: 400,
  INVITE_NOT_FOUND: 404,
  INVITE_EXPIRED: 410,
  INVITE_REVOKED: 410,
  INVITE_USED_UP: 410,
  CANNOT_REMOVE_OWNER: 400,
  BUSY: 503,
  OP_ID_REUSED: 409,
  BASE_VERSION_AHEAD: 409,
  VALUE_TOO_LARGE: 413,
  UNSAFE_VALUE_KEY: 400,
  INVALID_LIST_ENTRY: 400,
  LIST_CHANGED_SINCE_PREVIEW: 409,
  INVALID_EXPLANATION: 400,
  INVITE_BEFORE_REMOVAL: 403,
  HOST_NOT_ALLOWED: 421,
  TIMEOUT: 504,
  QUOTA: 429,
  STORAGE_FULL: 507,
  // Raised on the device only (the exported file could not be handed over); listed for completeness.
  EXPORT_OPEN_FAILED: 500,
  CITY_ONLY: 403,
  APPLICATION_LOCKED: 409,
  CITY_AFTER_APPROVAL: 409,
  SUBMIT_BLOCKED: 409,
  ALREADY_SUBMITTED: 409,
  NOT_SUBMITTED: 409,
  NOT_REOPENABLE: 409,
  COUNTY_ONLY: 403,
  UPLOAD_FORBIDDEN: 403,
  UPLOAD_NOT_FOUND: 404,
  FILES_UNAVAILABLE: 501,
  NOT_A_LIST: 400,
  IMPORT_REFUSED: 400,
  EVIDENCE_NOT_NEEDED: 400,
  EVIDENCE_EMPTY: 400,
  EVIDENCE_TOO_LARGE: 413,
  EVIDENCE_NOT_IMAGE: 415,
  EVIDENCE_HASH_MISMATCH: 400,
  EVIDENCE_FORBIDDEN: 403,
  EVIDENCE_NOT_FOUND: 404,
  PHOTO_NOT_IMAGE: 415,
  PHOTO_TOO_LARGE: 413,
  PHOTO_EMPTY: 400,
  PHOTO_UNREADABLE: 415,
  // Raised on the device only (compressing, saving, the camera permission); listed for completeness.
  PHOTO_COMPRESS_FAILED: 400,
  PHOTO_SAVE_FAILED: 507,
  PHOTO_NOT_ALLOWED: 403,
  EVIDENCE_NOT_IN_APPLICATION: 403,
  EVIDENCE_RISKY: 422,
  // Raised only by the WeChat mediaCheck push function; listed for completeness.
  MEDIA_CHECK_INVALID: 400,
  // Reminders: raised on the device only (the weapp's subscription request); listed for completeness.
  SUBSCRIBE_SWITCHED_OFF: 403,
  SUBSCRIBE_FAILED: 500,
  REMINDERS_NOT_CONFIGURED: 501
}

export function sendResult(res: ServerResponse, result: CloudResult<unknown>): void {
  const status = result.ok ? 200 : STATUS[result.error.code]
  const body = JSON.stringify(result)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(body)
}

export function sendError(res: ServerResponse, code: ErrorCode): void {
  sendResult(res, fail(code))
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; code: 'MALFORMED_JSON' | 'PAYLOAD_TOO_LARGE' }

/** Reads a JSON body with a size cap; an empty body is an empty event. */
export function readJson(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) {
      req.resume()
      resolve({ ok: false, code: 'PAYLOAD_TOO_LARGE' })
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge) return resolve({ ok: false, code: 'PAYLOAD_TOO_LARGE' })
      const text = Buffer.concat(chunks).toString('utf8')
      if (text.trim() === '') return resolve({ ok: true, value: {} })
      try {
        resolve({ ok: true, value: JSON.parse(text) })
      } catch {
        resolve({ ok: false, code: 'MALFORMED_JSON' })
      }
    })
    req.on('error', () => resolve({ ok: false, code: 'MALFORMED_JSON' }))
  })
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization
  if (typeof header !== 'string') return null
  const match = /^Bearer ([^\s]+)$/.exec(header)
  return match ? match[1] : null
}
