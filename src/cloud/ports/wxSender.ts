/**
 * Sends reminders with `cloud.openapi.subscribeMessage.send` (wx-server-sdk 云调用; the function's config.json
 * grants `"permissions": {"openapi": ["subscribeMessage.send"]}`, wxcloud/guide/openapi/openapi). Cloud calls
 * take camelCase parameters (templateId, miniprogramState) and report a WeChat error by rejecting with an error
 * whose `errCode` is the errcode; a resolved result carries `errCode` 0
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 */
import { outcomeOf, type ReminderSender } from './sender'

export interface WxOpenApi {
  openapi: {
    subscribeMessage: {
      send(params: { touser: string; templateId: string; page: string; data: Record<string, { value: string }>; miniprogramState: string; lang: 'zh_CN' }): Promise<{ errCode?: number; errMsg?: string }>
    }
  }
}

/** errCode from a cloud call's error, or the number in “…:fail 43101 …” when only the message carries it. */
function errcodeOf(err: unknown): number | null {
  const e = err as { errCode?: unknown; errcode?: unknown; message?: unknown; errMsg?: unknown } | null
  const code = e?.errCode ?? e?.errcode
  if (typeof code === 'number') return code
  const m = /fail\s*(-?\d+)/.exec(String(e?.errMsg ?? e?.message ?? ''))
  return m ? Number(m[1]) : null
}

export function createWxSender(cloud: WxOpenApi): ReminderSender {
  return {
    async send(m) {
      try {
        const r = await cloud.openapi.subscribeMessage.send({ touser: m.touser, templateId: m.templateId, page: m.page, data: m.data, miniprogramState: m.miniprogramState, lang: 'zh_CN' })
        return outcomeOf(typeof r?.errCode === 'number' ? r.errCode : 0, r?.errMsg ?? '')
      } catch (err) {
        const e = err as { errMsg?: unknown; message?: unknown }
        return outcomeOf(errcodeOf(err), String(e?.errMsg ?? e?.message ?? err))
      }
    }
  }
}
