/**
 * The file port: where a generated file goes so the app can fetch it. WeChat binding (wxFiles.ts): cloud
 * storage (`cloud.uploadFile({cloudPath, fileContent})` → `fileID`, reference-server-api/storage/uploadFile;
 * the same path overwrites); the app then calls `wx.cloud.downloadFile({fileID})`. Without a binding (the local
 * cloud) the file travels inline in the result.
 */
export interface FilePort {
  /** Stores the bytes at `cloudPath` (overwriting) and returns the cloud file id. */
  put(cloudPath: string, bytes: Uint8Array): Promise<string>
}

/** How the caller gets the file: a cloud file id to download, or the bytes themselves (base64). */
export type FileRef = { kind: 'cloud'; fileID: string } | { kind: 'inline'; base64: string }
