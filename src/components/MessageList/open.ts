/** Opening a reminder: choose its application on this device, then its question in the chat (or home). */
import Taro from '@tarojs/taro'
import { chooseApplication } from '../../sync/chooseApplication'
import { currentApp } from '../../sync/device'

/** Makes `appId` this device's current application (as home's chooser does); the error message if not allowed. */
export async function selectApplication(appId: string): Promise<string | null> {
  if (currentApp()?.appId === appId) return null
  const chosen = await chooseApplication(appId)
  return typeof chosen === 'string' ? chosen : null
}

/** The page a reminder opens: its first open question in the chat, or home for a summary without one. */
export const targetUrl = (itemId: string | null) => (itemId ? `/pages/chat/index?item=${encodeURIComponent(itemId)}` : '/pages/index/index')

export async function openReminder(appId: string, itemId: string | null, how: 'navigate' | 'redirect'): Promise<string | null> {
  const refused = await selectApplication(appId)
  if (refused) return refused
  const url = targetUrl(itemId)
  if (itemId === null) await Taro.reLaunch({ url })
  else if (how === 'redirect') await Taro.redirectTo({ url })
  else await Taro.navigateTo({ url })
  return null
}
