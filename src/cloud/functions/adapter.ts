import * as cloud from 'wx-server-sdk'
import { randomBytes } from 'crypto'
import { systemClock } from '../core/context'
import { runRouted } from '../core/registry'
import { createWxStore, type WxDatabase } from '../ports/wxStore'
import { createWxFiles, type WxStorage } from '../ports/wxFiles'
import { createWxUploads, type WxDownloadApi } from '../ports/wxUploads'
import { createWxLinks, type WxTempUrlApi } from '../ports/wxLinks'
import { createWxOcr, type WxOcrApi } from '../ports/wxOcr'
import { createWxScreening, type WxScreeningApi } from '../ports/wxScreening'

// DYNAMIC_CURRENT_ENV: use the environment the function is deployed in (wx-server-sdk cloud.init docs).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

// database() makes no network call until a query runs, so creating the store at load time is free.
const store = createWxStore(cloud.database() as unknown as WxDatabase)
const random = (bytes: number) => randomBytes(bytes).toString('hex')
const files = createWxFiles(cloud as unknown as WxStorage)
const uploads = createWxUploads(cloud as unknown as WxDownloadApi)
const links = createWxLinks(cloud as unknown as WxTempUrlApi)
const ocr = createWxOcr(cloud as unknown as WxOcrApi)
const screening = createWxScreening(cloud as unknown as WxScreeningApi)

/**
 * WeChat adds `userInfo: {appId, openId}` to every event sent by the mini-program (cloud.callFunction
 * docs). Identity is read from getWXContext() instead, so the platform field is dropped before the
 * event is validated; anything else naming a user is refused by runDefinition.
 */
export function withoutPlatformFields(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event
  const { userInfo: _platform, ...rest } = event as Record<string, unknown>
  return rest
}

/**
 * The `main` of the router function: OPENID from the platform, then `{fn, data}` to the shared pure
 * handler. One function for every user call: one cold start instead of fifteen (shared/wechat.md).
 */
export function makeRouter() {
  return async (event: unknown) => {
    const { OPENID } = cloud.getWXContext()
    const caller = typeof OPENID === 'string' && OPENID !== '' ? { openid: OPENID, displayName: null } : null
    return runRouted(withoutPlatformFields(event), { caller, clock: systemClock, store, random, files, uploads, links, ocr, screening })
  }
}
