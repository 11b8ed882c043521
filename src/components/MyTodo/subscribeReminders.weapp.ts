import Taro from '@tarojs/taro'
import { errorMessage } from '../../errors'
import { REMINDER_CONFIG } from '../../reminders/config'
import { callFunction } from '../../sync'
import type { SubscribeResult } from './subscribeReminders'

export const ASK_ON_TAP = true

export const SUBSCRIBE_NOTE = '截止前 7、3、1 天和当天，如您负责的内容还没完成，微信会提醒您。每同意一次可收到 1 条提醒。'
export const JOINED_ASK = '您已加入这份申报。点“接收截止提醒”，截止前会在微信里提醒您还没完成的部分。'

/**
 * wx.requestSubscribeMessage only shows its dialog when called inside a tap (shared/wechat.md; api/open-api/
 * subscribe-message/wx.requestSubscribeMessage): this function calls it synchronously, before any await.
 * Each `accept` is one message WeChat lets us send; the cloud counts it. errCode 20004: the user switched off
 * the mini-program's subscription messages in its settings.
 */
export function subscribeReminders(): Promise<SubscribeResult> {
  const id = REMINDER_CONFIG.templates.deadline.id
  if (id === '') return Promise.resolve({ kind: 'error', message: errorMessage({ code: 'REMINDERS_NOT_CONFIGURED' }) })
  return Taro.requestSubscribeMessage({ tmplIds: [id] } as Taro.requestSubscribeMessage.Option).then(
    async (r): Promise<SubscribeResult> => {
      if ((r as unknown as Record<string, string>)[id] !== 'accept') return { kind: 'declined' }
      const g = await callFunction<{ credits: Record<string, number> }>('grantReminderCredit', { templates: ['deadline'] })
      return g.ok ? { kind: 'granted', credits: g.data.credits.deadline ?? 0 } : { kind: 'error', message: g.error.message }
    },
    (err: { errCode?: number }): SubscribeResult => ({ kind: 'error', message: errorMessage({ code: err && err.errCode === 20004 ? 'SUBSCRIBE_SWITCHED_OFF' : 'SUBSCRIBE_FAILED' }) })
  )
}
