import { createWxScreening, type MediaCheckRequest, type WxScreeningApi } from './wxScreening'

const fileID = 'cloud://env-1.bucket/evidence/app1/o_owner-folder/' + 'a'.repeat(64) + '.jpg'

/**
 * A stand-in of the two wx-server-sdk calls: getTempFileURL answers `{fileList: [{fileID, tempFileURL, status}]}`,
 * status 0 for a stored file and non-zero otherwise (wxcloud/reference-server-api/storage/getTempFileURL);
 * security.mediaCheckAsync answers as its cloud call does, in camelCase (`errCode`, `traceId`).
 */
function standIn(reply: (r: MediaCheckRequest) => Promise<unknown>, stored: string[] = [fileID]) {
  const checks: MediaCheckRequest[] = []
  const linkRequests: unknown[] = []
  const cloud = {
    async getTempFileURL(o: { fileList: { fileID: string; maxAge: number }[] }) {
      linkRequests.push(o)
      return {
        fileList: o.fileList.map((f) =>
          stored.includes(f.fileID) ? { fileID: f.fileID, tempFileURL: `https://env-1.tcb.qcloud.la/evidence/x.jpg?sign=s&t=1`, status: 0 } : { fileID: f.fileID, tempFileURL: '', status: -503003 }
        )
      }
    },
    openapi: { security: { mediaCheckAsync: async (r: MediaCheckRequest) => (checks.push(r), reply(r)) } }
  }
  return { cloud: cloud as unknown as WxScreeningApi, checks, linkRequests }
}

test('submits the photo as an image (type 2) of the 资料 scene (1), version 2, by a temporary https link and the uploader’s openid, and returns the trace id', async () => {
  const s = standIn(async () => ({ errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok', traceId: '62ba5ff7-5a5ecea9-2629a01a' }))
  expect(await createWxScreening(s.cloud).submit({ fileID, openid: 'o_owner' })).toEqual({ submitted: true, traceId: '62ba5ff7-5a5ecea9-2629a01a' })
  expect(s.checks).toEqual([{ mediaUrl: 'https://env-1.tcb.qcloud.la/evidence/x.jpg?sign=s&t=1', mediaType: 2, version: 2, scene: 1, openid: 'o_owner' }])
  expect(s.linkRequests).toEqual([{ fileList: [{ fileID, maxAge: 7200 }] }])
})

test('reads the trace id in the documented HTTPS spelling too (trace_id)', async () => {
  const s = standIn(async () => ({ errcode: 0, errmsg: 'ok', trace_id: '639c20ec-37b7ee17-0ce59670' }))
  expect(await createWxScreening(s.cloud).submit({ fileID, openid: 'o_owner' })).toEqual({ submitted: true, traceId: '639c20ec-37b7ee17-0ce59670' })
})

test('an error code, a thrown error or an answer without a trace id is "not submitted", never a throw', async () => {
  const quota = standIn(async () => ({ errCode: 45009, errMsg: 'reach max api daily quota limit' }))
  expect(await createWxScreening(quota.cloud).submit({ fileID, openid: 'o_owner' })).toEqual({ submitted: false, reason: 'security.mediaCheckAsync error 45009: reach max api daily quota limit' })
  const denied = standIn(() => Promise.reject({ errCode: -604101, errMsg: 'function has no permission to call this API' }))
  expect(await createWxScreening(denied.cloud).submit({ fileID, openid: 'o_owner' })).toEqual({ submitted: false, reason: 'security.mediaCheckAsync failed: -604101 function has no permission to call this API' })
  const silent = standIn(async () => ({ errCode: 0 }))
  expect(await createWxScreening(silent.cloud).submit({ fileID, openid: 'o_owner' })).toEqual({ submitted: false, reason: 'security.mediaCheckAsync answered without a trace id' })
})

test('a file without a temporary link is not submitted at all', async () => {
  const s = standIn(async () => ({ errCode: 0, traceId: 't' }), [])
  expect(await createWxScreening(s.cloud).submit({ fileID, openid: 'o_owner' })).toEqual({ submitted: false, reason: `no temporary URL for ${fileID}` })
  expect(s.checks).toEqual([])
})
