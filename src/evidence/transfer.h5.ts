import { fail, type CloudResult } from '../errors'
import { readDevSession } from '../sync/cloud/devSession.h5'

/** `POST /api/files?cloudPath=…` with the dev session: the local stand-in for wx.cloud.uploadFile. */
export async function uploadPhoto(cloudPath: string, source: Blob | string): Promise<CloudResult<{ fileID: string }>> {
  if (typeof source === 'string') return fail('INVALID_EVENT', 'source')
  const session = readDevSession()
  try {
    const res = await fetch(`/api/files?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
      body: source
    })
    return (await res.json()) as CloudResult<{ fileID: string }>
  } catch {
    return fail('NETWORK')
  }
}
