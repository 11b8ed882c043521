import Taro from '@tarojs/taro'
import { fail, type CloudResult } from '../errors'
import { mapCloudError } from '../sync/cloud/wxErrors'

/**
 * wx.cloud.uploadFile({cloudPath, filePath}) → fileID; the same path overwrites, so a re-sent photo is the same
 * file (wxcloud/reference-client-api/storage/uploadFile). `source` is the photo saved in wx.env.USER_DATA_PATH.
 */
export async function uploadPhoto(cloudPath: string, source: Blob | string): Promise<CloudResult<{ fileID: string }>> {
  if (typeof source !== 'string') return fail('INVALID_EVENT', 'source')
  try {
    const r = await Taro.cloud.uploadFile({ cloudPath, filePath: source })
    return { ok: true, data: { fileID: r.fileID } }
  } catch (err) {
    return fail(mapCloudError(err))
  }
}
