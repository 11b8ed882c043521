/**
 * The mini-program binding of the photo port (./photo.ts), following shared/wechat.md “Media, files and
 * messages”: `chooseMedia` with the rear camera and WeChat's own compression
 * (https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html), the file checked by
 * content, then brought to the budget (./compressPlan.ts) with `compressImage`
 * (https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.compressImage.html). Its `compressedWidth`
 * is ignored on some iOS versions and it only re-encodes JPEG there, so a result that is not a JPEG of the asked
 * size, still carries Exif, or a call that fails, switches the photo to an offscreen 2d canvas
 * (https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.createOffscreenCanvas.html) exported with
 * `toDataURL` — `canvasToTempFilePath` does not export offscreen canvases reliably on iOS. The JPEG is written to
 * `${wx.env.USER_DATA_PATH}/evidence/<sha256>.jpg`: temporary paths live for one run only
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/ability/file-system.html). The bytes already read to
 * hash them are written there with `writeFile` rather than copied with `saveFile`/`copyFile`, so the saved file is
 * exactly what was hashed.
 */
import Taro from '@tarojs/taro'
import type { ErrorCode } from '../errors'
import { compressToBudget, type Size } from './compressPlan'
import { checkSource, exifSegments, imageKind, SNIFF_BYTES } from './imageKind'
import type { CaptureResult, PhotoDevice, PhotoSource, StoredPhoto } from './photo'
import { sha256HexSync } from './sha256'

class Refused extends Error {
  constructor(readonly code: ErrorCode) {
    super(code)
  }
}

/** The output of compressImage could not be used: the canvas takes over. */
class Unusable extends Error {}

type Fs = Taro.FileSystemManager

/** The callback-style file system calls as promises (their `fail` carries errMsg). */
function fsCall<T>(run: (callbacks: { success: (res: T) => void; fail: (err: unknown) => void }) => void): Promise<T> {
  return new Promise((resolve, reject) => run({ success: resolve, fail: reject }))
}

const folder = () => `${Taro.env.USER_DATA_PATH}/evidence`
const pathOf = (hash: string) => `${folder()}/${hash}.jpg`

function readBytes(fs: Fs, filePath: string, length?: number): Promise<Uint8Array> {
  const options = length === undefined ? { filePath } : { filePath, position: 0, length }
  return fsCall<{ data: string | ArrayBuffer }>((cb) => fs.readFile({ ...options, ...cb } as Taro.FileSystemManager.ReadFileOption)).then(
    (res) => new Uint8Array(res.data as ArrayBuffer)
  )
}

/**
 * getImageInfo's width and height are the stored ones, before the EXIF orientation
 * (https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo.html): `right` (Exif 6) is
 * shown turned a quarter clockwise, `left` (Exif 8) a quarter anticlockwise. Mirrored variants do not come from a
 * rear camera and are treated as their unmirrored turn.
 */
function quarterTurn(orientation: string): number {
  if (orientation === 'right' || orientation === 'right-mirrored') return Math.PI / 2
  if (orientation === 'left' || orientation === 'left-mirrored') return -Math.PI / 2
  return 0
}

interface Encoded {
  bytes: Uint8Array
}

function compressImageEncoder(fs: Fs, src: string): (w: number, h: number, q: number) => Promise<Encoded> {
  return async (width, height, quality) => {
    try {
      const out = (await Taro.compressImage({ src, quality: Math.round(quality * 100), compressedWidth: width, compressedHeight: height })).tempFilePath
      const info = await Taro.getImageInfo({ src: out })
      const bytes = await readBytes(fs, out)
      const asked = Math.abs(info.width - width) <= 1 && Math.abs(info.height - height) <= 1
      if (asked && imageKind(bytes) === 'jpeg' && exifSegments(bytes) === 0) return { bytes }
    } catch {
      // the call failed: the canvas below takes over
    }
    throw new Unusable()
  }
}

function loadImage(canvas: Taro.OffscreenCanvas, src: string): Promise<Taro.Image> {
  return new Promise((resolve, reject) => {
    const img = canvas.createImage()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Refused('PHOTO_UNREADABLE'))
    img.src = src
  })
}

/** Base64 of a data URL to bytes (Taro.base64ToArrayBuffer: https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.base64ToArrayBuffer.html). */
function dataUrlBytes(url: string): Uint8Array {
  return new Uint8Array(Taro.base64ToArrayBuffer(url.slice(url.indexOf(',') + 1)))
}

async function canvasEncoder(src: string, upright: Size, turn: number): Promise<(w: number, h: number, q: number) => Promise<Encoded>> {
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: upright.width, height: upright.height })
  const img = await loadImage(canvas, src)
  // Rotate only when the engine handed over the stored (sideways) pixels rather than upright ones.
  const rotate = turn !== 0 && img.width !== upright.width
  return async (width, height, quality) => {
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, width, height)
    if (rotate) {
      ctx.save()
      ctx.translate(width / 2, height / 2)
      ctx.rotate(turn)
      ctx.drawImage(img as unknown as CanvasImageSource, -height / 2, -width / 2, height, width)
      ctx.restore()
    } else {
      ctx.drawImage(img as unknown as CanvasImageSource, 0, 0, width, height)
    }
    const bytes = dataUrlBytes((canvas as unknown as { toDataURL(type: string, q: number): string }).toDataURL('image/jpeg', quality))
    if (imageKind(bytes) !== 'jpeg') throw new Refused('PHOTO_UNREADABLE')
    return { bytes }
  }
}

async function compressOne(fs: Fs, file: { tempFilePath: string; size: number }): Promise<Encoded & Size> {
  const refused = checkSource(file.size, file.size > 0 ? await readBytes(fs, file.tempFilePath, Math.min(SNIFF_BYTES, file.size)) : new Uint8Array(0))
  if (refused) throw new Refused(refused)
  let info: Taro.getImageInfo.SuccessCallbackResult
  try {
    info = await Taro.getImageInfo({ src: file.tempFilePath })
  } catch {
    throw new Refused('PHOTO_UNREADABLE')
  }
  const turn = quarterTurn(info.orientation)
  const upright = turn !== 0 ? { width: info.height, height: info.width } : { width: info.width, height: info.height }
  const size = (e: Encoded) => e.bytes.length
  // A turned photo goes straight to the canvas: compressImage's docs do not say whether compressedWidth means the
  // stored or the shown width, and a wrong guess would squash the certificate.
  if (turn === 0) {
    try {
      const r = await compressToBudget(upright, compressImageEncoder(fs, file.tempFilePath), size)
      if (r.ok) return { bytes: r.output.bytes, width: r.width, height: r.height }
    } catch (err) {
      if (!(err instanceof Unusable)) throw err
    }
  }
  let r
  try {
    r = await compressToBudget(upright, await canvasEncoder(file.tempFilePath, upright, turn), size)
  } catch (err) {
    throw err instanceof Refused ? err : new Refused('PHOTO_UNREADABLE')
  }
  if (!r.ok) throw new Refused('PHOTO_COMPRESS_FAILED')
  return { bytes: r.output.bytes, width: r.width, height: r.height }
}

async function save(fs: Fs, photo: Encoded & Size): Promise<StoredPhoto> {
  const hash = sha256HexSync(photo.bytes)
  try {
    await fsCall((cb) => fs.mkdir({ dirPath: folder(), recursive: true, ...cb })).catch((err: { errMsg?: string }) => {
      if (!/exist/i.test(String(err && err.errMsg))) throw err
    })
    const data = photo.bytes.buffer.slice(photo.bytes.byteOffset, photo.bytes.byteOffset + photo.bytes.byteLength) as ArrayBuffer
    await fsCall((cb) => fs.writeFile({ filePath: pathOf(hash), data, ...cb }))
  } catch {
    throw new Refused('PHOTO_SAVE_FAILED')
  }
  return { hash, bytes: photo.bytes.length, width: photo.width, height: photo.height }
}

async function exists(hash: string): Promise<string | null> {
  const path = pathOf(hash)
  return fsCall((cb) => Taro.getFileSystemManager().access({ path, ...cb })).then(
    () => path,
    () => null
  )
}

export const photoDevice: PhotoDevice = {
  /** All or nothing, as in the browser binding: a refused photo leaves nothing half-added. */
  async capture(from: PhotoSource, max: number): Promise<CaptureResult> {
    let picked: Taro.chooseMedia.SuccessCallbackResult
    try {
      picked = await Taro.chooseMedia({ count: Math.max(1, Math.min(9, max)), mediaType: ['image'], sourceType: [from], sizeType: ['compressed'], camera: 'back' })
    } catch (err) {
      const message = String((err as { errMsg?: string } | null) && (err as { errMsg: string }).errMsg)
      if (/cancel/i.test(message)) return { ok: true, photos: [] }
      // Camera or album refused: auth deny, or the privacy guide not agreed (framework/user-privacy).
      return { ok: false, code: 'PHOTO_NOT_ALLOWED' }
    }
    const fs = Taro.getFileSystemManager()
    try {
      const compressed = []
      for (const file of picked.tempFiles.slice(0, Math.max(1, max))) compressed.push(await compressOne(fs, file))
      const photos = []
      for (const photo of compressed) photos.push(await save(fs, photo))
      return { ok: true, photos }
    } catch (err) {
      if (err instanceof Refused) return { ok: false, code: err.code }
      throw err
    }
  },

  displayUrl: exists,

  uploadSource: exists,

  async remove(hash: string): Promise<void> {
    await fsCall((cb) => Taro.getFileSystemManager().unlink({ filePath: pathOf(hash), ...cb })).catch(() => undefined)
  }
}
