/**
 * The WeChat binding of the upload port. `cloud.downloadFile({fileID})` resolves `{fileContent: Buffer}`
 * (wxcloud/reference-server-api/storage/downloadFile); a fileID is `cloud://<env>.<bucket>/<path>`
 * (wxcloud/guide/storage/api: “fileID 形如 cloud://…”), so the path is what follows the first “/” after the host.
 */
import type { UploadStore } from './uploads'

export interface WxDownloadApi {
  downloadFile(options: { fileID: string }): Promise<{ fileContent: Buffer }>
}

const FILE_ID = /^cloud:\/\/[^/]+\/(.+)$/

export function createWxUploads(cloud: WxDownloadApi): UploadStore {
  return {
    pathOf(fileID) {
      const m = FILE_ID.exec(fileID)
      return m ? m[1] : null
    },
    async read(fileID) {
      try {
        const { fileContent } = await cloud.downloadFile({ fileID })
        return fileContent
      } catch (err) {
        // STORAGE_FILE_NONEXIST (-503003) is a missing file; anything else is a real failure.
        if (String((err as { errCode?: unknown; message?: unknown }).errCode ?? (err as Error).message).includes('503003')) return null
        throw err
      }
    }
  }
}
