/**
 * One router cloud function for every user call: each function is a separate cold start on WeChat, so the
 * app calls `api` with `{fn, data}` and the router runs the named handler (shared/wechat.md, cloud functions).
 * No imports: the mini-program bundle reads these two names, nothing else of the cloud code.
 */
export const ROUTER_FUNCTION = 'api'

export interface RouterEvent {
  fn: string
  data: Record<string, unknown>
}
