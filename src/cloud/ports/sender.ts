/**
 * The reminder sender port: one subscription message to one user. Two bindings: WeChat's
 * `cloud.openapi.subscribeMessage.send` (wxSender.ts) and, locally, an outbox table in SQLite
 * (src/cloud/local/outboxSender.ts). Outcomes follow subscribeMessage.send's errcodes
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 */
export interface OutgoingReminder {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: 'developer' | 'trial' | 'formal'
}

export type SendOutcome =
  | { kind: 'sent' }
  /** 43101: the user has no subscription left (or refused): our credit count was wrong. */
  | { kind: 'noCredit'; errcode: 43101; errmsg: string }
  /** 47003: a field is empty or breaks its rule; WeChat names the field in errmsg. */
  | { kind: 'invalid'; errcode: 47003; errmsg: string }
  /** Anything else (40003 bad openid, 40037 bad template, 41030 bad page, network…). */
  | { kind: 'failed'; errcode: number | null; errmsg: string }

export interface ReminderSender {
  send(message: OutgoingReminder): Promise<SendOutcome>
}

export function outcomeOf(errcode: number | null, errmsg: string): SendOutcome {
  if (errcode === 0) return { kind: 'sent' }
  if (errcode === 43101) return { kind: 'noCredit', errcode, errmsg }
  if (errcode === 47003) return { kind: 'invalid', errcode, errmsg }
  return { kind: 'failed', errcode, errmsg }
}
