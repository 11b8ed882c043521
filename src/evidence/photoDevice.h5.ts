/**
 * The browser binding of the photo port (./photo.ts): a hidden file input (`capture="environment"` asks a phone
 * for its rear camera, https://www.w3.org/TR/html-media-capture/#the-capture-attribute), the picked file checked
 * by content, decoded with its EXIF orientation applied (createImageBitmap `imageOrientation: 'from-image'`,
 * https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#dom-imagebitmapoptions-imageorientation),
 * drawn on a canvas and re-encoded as JPEG to the budget (./compressPlan.ts). A canvas encodes pixels only, so
 * the Exif block with its GPS position is not carried over. The JPEG is kept in IndexedDB under its SHA-256, so
 * it outlives a reload and a lost network until it has been uploaded.
 */
import type { ErrorCode } from '../errors'
import { compressToBudget, type Size } from './compressPlan'
import { checkSource, SNIFF_BYTES } from './imageKind'
import type { CaptureResult, PhotoDevice, PhotoSource, StoredPhoto } from './photo'
import { sha256Hex } from './sha256'

const DB_NAME = 'cluster-declare.evidence'
const STORE = 'photos'

/** One saved photo in IndexedDB. */
interface SavedPhoto extends StoredPhoto {
  blob: Blob
  savedAt: number
}

/** The class of the hidden input while a capture waits for the user (tests pick files through it). */
export const PHOTO_INPUT_CLASS = 'evidence-photo-input'

class Refused extends Error {
  constructor(readonly code: ErrorCode) {
    super(code)
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

let opened: Promise<IDBDatabase> | null = null
function database(): Promise<IDBDatabase> {
  if (opened) return opened
  opened = new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  }).catch((err) => {
    opened = null
    throw err
  })
  return opened
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database()
  const tx = db.transaction(STORE, mode)
  const result = request(run(tx.objectStore(STORE)))
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'))
  })
  return result
}

/**
 * Shows the picker. Resolves with the chosen files, or none when the user cancels (the input's `cancel` event,
 * https://html.spec.whatwg.org/multipage/input.html#file-upload-state-(type=file)).
 */
function pickFiles(from: PhotoSource, max: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.className = PHOTO_INPUT_CLASS
    if (from === 'camera') input.setAttribute('capture', 'environment')
    else input.multiple = max > 1
    input.style.display = 'none'
    const done = (files: File[]) => {
      input.remove()
      resolve(files.slice(0, Math.max(1, max)))
    }
    input.addEventListener('change', () => done(input.files ? Array.from(input.files) : []))
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}

/** Decoded pixels, upright; `close` frees them. */
interface Decoded extends Size {
  image: CanvasImageSource
  close(): void
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
      return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() }
    } catch {
      // Safari before 17 refuses the options bag: the <img> path below applies EXIF orientation by CSS default
      // (https://drafts.csswg.org/css-images-3/#the-image-orientation).
    }
  }
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined }
  } finally {
    URL.revokeObjectURL(url)
  }
}

function jpegEncoder(source: Decoded): (width: number, height: number, quality: number) => Promise<Blob> {
  const canvas = document.createElement('canvas')
  return (width, height, quality) => {
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')
    if (!ctx) return Promise.reject(new Refused('PHOTO_UNREADABLE'))
    ctx.fillStyle = '#fff' // a transparent PNG would otherwise turn black in a JPEG
    ctx.fillRect(0, 0, width, height)
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(source.image, 0, 0, width, height)
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Refused('PHOTO_UNREADABLE'))), 'image/jpeg', quality))
  }
}

/** Checks, decodes and compresses one picked file to the budget. */
export async function compressFile(file: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())
  const refused = checkSource(file.size, head)
  if (refused) throw new Refused(refused)
  let source: Decoded
  try {
    source = await decode(file)
  } catch {
    throw new Refused('PHOTO_UNREADABLE')
  }
  try {
    if (!(source.width > 0 && source.height > 0)) throw new Refused('PHOTO_UNREADABLE')
    const result = await compressToBudget(source, jpegEncoder(source), (blob) => blob.size)
    if (!result.ok) throw new Refused('PHOTO_COMPRESS_FAILED')
    return { blob: result.output, width: result.width, height: result.height }
  } finally {
    source.close()
  }
}

async function save(photo: { blob: Blob; width: number; height: number }): Promise<StoredPhoto> {
  const hash = await sha256Hex(new Uint8Array(await photo.blob.arrayBuffer()))
  const stored: StoredPhoto = { hash, bytes: photo.blob.size, width: photo.width, height: photo.height }
  const record: SavedPhoto = { ...stored, blob: photo.blob, savedAt: Date.now() }
  try {
    await withStore('readwrite', (s) => s.put(record, hash))
  } catch {
    throw new Refused('PHOTO_SAVE_FAILED')
  }
  return stored
}

const urls = new Map<string, string>()

async function saved(hash: string): Promise<SavedPhoto | null> {
  const photo = (await withStore('readonly', (s) => s.get(hash))) as SavedPhoto | undefined
  return photo || null
}

export const photoDevice: PhotoDevice = {
  /**
   * All or nothing: every picked photo is checked and compressed before any is saved, so a refused one (its
   * code is the result) leaves nothing half-added and the user simply picks again.
   */
  async capture(from: PhotoSource, max: number): Promise<CaptureResult> {
    const files = await pickFiles(from, max)
    try {
      const compressed = []
      for (const file of files) compressed.push(await compressFile(file))
      const photos = []
      for (const photo of compressed) photos.push(await save(photo))
      return { ok: true, photos }
    } catch (err) {
      if (err instanceof Refused) return { ok: false, code: err.code }
      throw err
    }
  },

  async displayUrl(hash: string): Promise<string | null> {
    const known = urls.get(hash)
    if (known) return known
    const photo = await saved(hash)
    if (!photo) return null
    const url = URL.createObjectURL(photo.blob)
    urls.set(hash, url)
    return url
  },

  async uploadSource(hash: string): Promise<Blob | null> {
    const photo = await saved(hash)
    return photo ? photo.blob : null
  },

  async remove(hash: string): Promise<void> {
    const url = urls.get(hash)
    if (url) URL.revokeObjectURL(url)
    urls.delete(hash)
    await withStore('readwrite', (s) => s.delete(hash))
  }
}
