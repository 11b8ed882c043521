import type { FilePort } from '../ports/files'
import type { FileLinks } from '../ports/links'
import type { OcrPort } from '../ports/ocr'
import type { ScreeningPort } from '../ports/screening'
import type { UploadStore } from '../ports/uploads'
import type { Store } from '../ports/store'

/**
 * What a pure handler receives. The caller comes from the platform — `cloud.getWXContext().OPENID` in the
 * WeChat binding, the dev session in the local one — and never from the event.
 */
export interface Caller {
  openid: string
  /** Local dev logins carry a display name; WeChat callers have none until they set one. */
  displayName: string | null
}

export interface Clock {
  now(): Date
}

export interface HandlerContext {
  /** null for calls without a user (e.g. timer triggers, which have no OPENID). */
  caller: Caller | null
  clock: Clock
  store: Store
  /** Random tokens and ids (injected so tests can make them predictable). */
  random: (bytes: number) => string
  /** Cloud storage for generated files (WeChat); absent locally, where files travel inline. */
  files?: FilePort
  /** Files users uploaded, where a binding has them (the list import reads spreadsheets through it). */
  uploads?: UploadStore
  /** Short-lived links to stored photos, handed out only after the handler checked membership. */
  links?: FileLinks
  /** Reads a photographed certificate's text (readCertificate); absent means reading is unavailable. */
  ocr?: OcrPort
  /** The platform's content check of uploaded photos (WeChat); absent locally, where records say `unchecked`. */
  screening?: ScreeningPort
}

export const systemClock: Clock = { now: () => new Date() }
