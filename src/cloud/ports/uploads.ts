/**
 * The upload port: reading a file the user uploaded (the list import's spreadsheets, evidence photos), no more. The mini-program uploads a
 * spreadsheet with `wx.cloud.uploadFile({cloudPath, filePath})` to a path the server chose, and a handler reads
 * it back by its fileID (wxcloud/reference-server-api/storage/downloadFile). Bindings: ./wxUploads.ts (WeChat)
 * and src/cloud/local/uploads.ts (a folder on disk).
 */
export interface UploadStore {
  /** The file's bytes, or null when there is no such file. */
  read(fileID: string): Promise<Uint8Array | null>
  /** The storage path inside the bucket that a fileID names, or null when it is not one of this store's ids. */
  pathOf(fileID: string): string | null
}

/** Uploads of one user for one application live under this folder; a handler reads only from there. */
export const importFolder = (appId: string, openid: string) => `imports/${appId}/${openid}/`

/** The only paths an upload may take: the folder above, a random name, .xlsx or .csv. */
export const IMPORT_PATH = /^imports\/[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}\/[a-f0-9]{8,64}\.(?:xlsx|csv)$/

/** Evidence photos of one uploader in one application: the name is the SHA-256 of the compressed JPEG. */
export const evidenceFolder = (appId: string, openid: string) => `evidence/${appId}/${openid}/`

/** The only paths an evidence photo may take. */
export const EVIDENCE_PATH = /^evidence\/[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}\/[a-f0-9]{64}\.jpg$/
