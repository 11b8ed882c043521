/**
 * Evidence photos on the device: the budget a photographed certificate is compressed to, and the port the
 * chat and the evidence page use to take, keep and show photos. Bindings: ./photoDevice.h5.ts (file input,
 * canvas, IndexedDB) and ./photoDevice.weapp.ts (chooseMedia, compressImage with a canvas fallback, saveFile
 * into wx.env.USER_DATA_PATH) — shared/wechat.md, “Media, files and messages”.
 */
import type { ErrorCode } from '../errors'

/** Long edge after compression: a stamped A4 certificate stays legible at 2000 px. */
export const PHOTO_LONG_EDGE = 2000
/** Bytes after compression. */
export const PHOTO_MAX_BYTES = 500 * 1024
/** Bytes of a picked photo before compression; larger ones are refused. */
export const SOURCE_MAX_BYTES = 10 * 1024 * 1024

export type PhotoSource = 'camera' | 'album'

/** A photo compressed to the budget and saved on this device, named by the SHA-256 (hex) of its bytes. */
export interface StoredPhoto {
  hash: string
  bytes: number
  width: number
  height: number
}

export type CaptureResult = { ok: true; photos: StoredPhoto[] } | { ok: false; code: ErrorCode }

export interface PhotoDevice {
  /**
   * Lets the user take (camera) or pick (album) up to `max` photos; each is compressed to the budget (EXIF
   * orientation applied, metadata dropped) and saved on the device before this resolves. Cancelling is
   * `{ok: true, photos: []}`; a refused photo is a code (not an image, too large, empty…).
   */
  capture(from: PhotoSource, max: number): Promise<CaptureResult>
  /** What an <Image> shows for a saved photo (H5: a blob: URL; weapp: the saved file path), or null. */
  displayUrl(hash: string): Promise<string | null>
  /** What the upload sends (H5: the Blob; weapp: the saved file path), or null when it is not on this device. */
  uploadSource(hash: string): Promise<Blob | string | null>
  /** Forget a saved photo (after it is removed from its claim, or uploaded and no longer needed offline). */
  remove(hash: string): Promise<void>
}
