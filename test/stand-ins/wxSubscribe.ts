/**
 * STAND-IN, not WeChat: `cloud.openapi.subscribeMessage.send` as its documentation describes it
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html),
 * for testing src/cloud/ports/wxSender.ts and the reminder scan without a WeChat account:
 * - one accepted one-time subscription (`accept(openid, templateId)`) allows one message; without one: 43101;
 * - every field of the template must be present and within its type's rule — `thing` 20 个以内字符, `phrase`
 *   5 个以内纯汉字, `time` 24 小时制时间（支持 + 年月日）, `number`, `date` — else 47003 naming the field;
 * - an unknown template 40037, an empty openid 40003, a page not in app.json 41030;
 * - a cloud call that fails rejects with an error carrying `errCode` and `errMsg` (“openapi.subscribeMessage.send:fail
 *   <code> …”); a sent message resolves with errCode 0. A refused send uses no subscription.
 */
import type { WxOpenApi } from '../../src/cloud/ports/wxSender'

export interface SentMessage {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: string
}

export interface SubscribeStandIn extends WxOpenApi {
  accept(openid: string, templateId: string, times?: number): void
  credits(openid: string, templateId: string): number
  sent: SentMessage[]
  /** Every call, refused or not. */
  calls: number
}

const RULES: Record<string, (v: string) => boolean> = {
  // Counted in characters (code points), as the page says 字符.
  thing: (v) => [...v].length >= 1 && [...v].length <= 20,
  phrase: (v) => /^[\u4e00-\u9fff]{1,5}$/.test(v),
  time: (v) => /^(\d{4}年\d{1,2}月\d{1,2}日 )?([01]?\d|2[0-3]):[0-5]\d$/.test(v),
  date: (v) => /^\d{4}年\d{1,2}月\d{1,2}日( ([01]?\d|2[0-3]):[0-5]\d)?$/.test(v),
  number: (v) => /^\d{1,32}(\.\d+)?$/.test(v)
}

function failure(errCode: number, detail: string): Error & { errCode: number; errMsg: string } {
  const errMsg = `openapi.subscribeMessage.send:fail ${errCode} ${detail}`
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}

/** `templates`: template id → its field keys (thing1, time3…); `pages`: the pages of app.json. */
export function createSubscribeStandIn(templates: Record<string, string[]>, pages: string[]): SubscribeStandIn {
  const credit = new Map<string, number>()
  const key = (o: string, t: string) => `${o}\u0000${t}`
  const standIn: SubscribeStandIn = {
    sent: [],
    calls: 0,
    accept(openid, templateId, times = 1) {
      credit.set(key(openid, templateId), (credit.get(key(openid, templateId)) ?? 0) + times)
    },
    credits: (openid, templateId) => credit.get(key(openid, templateId)) ?? 0,
    openapi: {
      subscribeMessage: {
        async send(params) {
          standIn.calls++
          await new Promise((r) => setImmediate(r))
          if (!params.touser) throw failure(40003, 'invalid openid')
          const fields = templates[params.templateId]
          if (!fields) throw failure(40037, 'invalid template id')
          if (params.page && !pages.includes(params.page.split('?')[0])) throw failure(41030, 'invalid page')
          for (const f of fields) {
            const value = params.data?.[f]?.value
            if (typeof value !== 'string' || value === '') throw failure(47003, `argument invalid! data.${f}.value is empty`)
            const type = f.replace(/\d+$/, '')
            if (!RULES[type]?.(value)) throw failure(47003, `argument invalid! data.${f}.value invalid`)
          }
          const left = credit.get(key(params.touser, params.templateId)) ?? 0
          if (left <= 0) throw failure(43101, 'user refuse to accept the msg')
          credit.set(key(params.touser, params.templateId), left - 1)
          standIn.sent.push({ touser: params.touser, templateId: params.templateId, page: params.page, data: params.data, miniprogramState: params.miniprogramState })
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
        }
      }
    }
  }
  return standIn
}
