import { callFunction } from '../../sync'
import type { SubscribeResult } from './subscribeReminders'

/** The browser build asks only on the explicit button: there is no dialog here to stand for. */
export const ASK_ON_TAP = false

export const SUBSCRIBE_NOTE = '浏览器版没有微信订阅消息：每点一次“接收截止提醒”记 1 条提醒，提醒显示在“消息”页。'
export const JOINED_ASK = '您已加入这份申报。点“接收截止提醒”，截止前会在“消息”页提醒您还没完成的部分。'

/**
 * No WeChat here: the tap stands for the `accept` a phone would report, and the local cloud records the credit,
 * so credits, the reminder scan and the 消息 page can be tried end to end in the browser.
 */
export async function subscribeReminders(): Promise<SubscribeResult> {
  const g = await callFunction<{ credits: Record<string, number> }>('grantReminderCredit', { templates: ['deadline'] })
  return g.ok ? { kind: 'granted', credits: g.data.credits.deadline ?? 0 } : { kind: 'error', message: g.error.message }
}
