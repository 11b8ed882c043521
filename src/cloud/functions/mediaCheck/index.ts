import * as cloud from 'wx-server-sdk'
import { systemClock } from '../../core/context'
import { handleMediaCheck } from '../../core/mediaCheck'
import { createWxStore, type WxDatabase } from '../../ports/wxStore'

/**
 * Receives the `wxa_media_check` message push (the content check's verdict on an evidence photo); configured in
 * 云开发 → 设置 → 其他设置 → 消息推送 (README). Its own function because its trigger differs from user calls
 * (shared/wechat.md). A store error is thrown, so the push fails and WeChat sends it again.
 */
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const store = createWxStore(cloud.database() as unknown as WxDatabase)

export const main = async (event: unknown) => {
  const result = await handleMediaCheck(event, { store, clock: systemClock })
  if (!result.ok) console.warn('wxa_media_check refused', result.error)
  return result
}
