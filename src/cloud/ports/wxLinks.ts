/**
 * The WeChat binding of the link port. `cloud.getTempFileURL({fileList: [fileID…]})` answers
 * `{fileList: [{fileID, tempFileURL, status}]}`, status 0 for success, at most 50 files per call
 * (wxcloud/reference-server-api/storage/getTempFileURL). The URLs expire (two hours by default, `maxAge` sets it).
 */
import type { FileLinks } from './links'

export interface WxTempUrlApi {
  getTempFileURL(options: { fileList: { fileID: string; maxAge: number }[] }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>
}

/** Files per getTempFileURL call (documented maximum). */
export const TEMP_URL_BATCH = 50
/** Seconds a link lives: long enough to look at a page of photos. */
export const LINK_SECONDS = 2 * 60 * 60

export function createWxLinks(cloud: WxTempUrlApi): FileLinks {
  return {
    async urls(fileIDs) {
      const out: Record<string, string> = {}
      for (let i = 0; i < fileIDs.length; i += TEMP_URL_BATCH) {
        const { fileList } = await cloud.getTempFileURL({ fileList: fileIDs.slice(i, i + TEMP_URL_BATCH).map((fileID) => ({ fileID, maxAge: LINK_SECONDS })) })
        for (const f of fileList) if (f.status === 0 && f.tempFileURL) out[f.fileID] = f.tempFileURL
      }
      return out
    }
  }
}
