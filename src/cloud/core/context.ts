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
}

export const systemClock: Clock = { now: () => new Date() }
