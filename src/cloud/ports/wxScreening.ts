/**
 * The WeChat binding of the screening port: `cloud.openapi.security.mediaCheckAsync`, the platform's
 * asynchronous image/audio content check (version 2.0), called from a cloud function as a 云调用
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html;
 * the cloud-call form: https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/sec-check/security.mediaCheckAsync.html).
 * Documented request: `media_url` (an image URL the checking service downloads), `media_type` 2 = image,
 * `version` 2, `scene` 1 = 资料 (2 评论, 3 论坛, 4 社交日志), `openid` of a user who used the mini-program in the
 * last two hours (the uploader, who just did). A cloud call takes these in camelCase (mediaUrl, mediaType…).
 * Documented answer: `errcode` 0 = request received, and `trace_id`, which the result push carries
 * (event `wxa_media_check`, within 30 minutes). Cloud calls answer in camelCase (`traceId`, `errCode`); both
 * spellings are read. Limits: 2000 calls a minute, 200,000 a day, files up to 10 MB. The function needs
 * `security.mediaCheckAsync` in its config.json `permissions.openapi`
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html).
 *
 * `media_url` must be a public http(s) address — a `cloud://` fileID is not fetched by the checking service
 * (WeChat's answer in https://developers.weixin.qq.com/community/develop/doc/0002261cdc093088752eec50751000) — so
 * the photo is handed over as a temporary URL from `cloud.getTempFileURL` (./wxLinks.ts), which works while the
 * storage rule keeps reads private. Every failure (no link, an error code, a thrown error such as -604101
 * while the permission is not yet in effect) is `submitted: false`: the attach still succeeds and the record
 * says `unchecked`.
 */
import { createWxLinks, type WxTempUrlApi } from './wxLinks'
import type { ScreeningPort, ScreeningSubmission } from './screening'

/** The request as the cloud call takes it (camelCase of the documented body). */
export interface MediaCheckRequest {
  mediaUrl: string
  mediaType: 2
  version: 2
  scene: 1
  openid: string
}

interface MediaCheckReply {
  errCode?: number
  errcode?: number
  errMsg?: string
  errmsg?: string
  traceId?: string
  trace_id?: string
}

/** The parts of `wx-server-sdk` this binding calls. */
export interface WxScreeningApi extends WxTempUrlApi {
  openapi: { security: { mediaCheckAsync(request: MediaCheckRequest): Promise<MediaCheckReply> } }
}

/** 图片 (documented media_type values: 1 音频, 2 图片). */
export const MEDIA_TYPE_IMAGE = 2
/** 资料: a certificate attached to an application (documented scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志). */
export const SCENE_PROFILE = 1

export function createWxScreening(cloud: WxScreeningApi): ScreeningPort {
  const links = createWxLinks(cloud)
  return {
    async submit({ fileID, openid }): Promise<ScreeningSubmission> {
      try {
        const mediaUrl = (await links.urls([fileID]))[fileID]
        if (!mediaUrl) return { submitted: false, reason: `no temporary URL for ${fileID}` }
        const reply = await cloud.openapi.security.mediaCheckAsync({ mediaUrl, mediaType: MEDIA_TYPE_IMAGE, version: 2, scene: SCENE_PROFILE, openid })
        const code = reply.errCode ?? reply.errcode ?? 0
        if (code !== 0) return { submitted: false, reason: `security.mediaCheckAsync error ${code}: ${reply.errMsg ?? reply.errmsg ?? ''}`.trim() }
        const traceId = reply.traceId ?? reply.trace_id
        if (typeof traceId !== 'string' || traceId === '') return { submitted: false, reason: 'security.mediaCheckAsync answered without a trace id' }
        return { submitted: true, traceId }
      } catch (err) {
        const e = err as { errCode?: number; errMsg?: string; message?: string }
        return { submitted: false, reason: `security.mediaCheckAsync failed: ${e?.errCode ?? ''} ${e?.errMsg ?? e?.message ?? String(err)}`.replace(/\s+/g, ' ').trim() }
      }
    }
  }
}
