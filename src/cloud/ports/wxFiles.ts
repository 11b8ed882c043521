import type { FilePort } from './files'

/** The part of wx-server-sdk the file port uses (reference-server-api/storage/uploadFile). */
export interface WxStorage {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
}

export function createWxFiles(cloud: WxStorage): FilePort {
  return {
    async put(cloudPath, bytes) {
      const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(bytes) })
      return fileID
    }
  }
}
