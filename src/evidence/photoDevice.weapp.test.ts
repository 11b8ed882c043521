/**
 * The mini-program binding against a stand-in of the WeChat APIs it calls (chooseMedia, getImageInfo,
 * compressImage, an offscreen canvas, the file system), each behaving as its documentation page says; the
 * stand-in's JPEGs grow with pixels × quality so the stepping is real.
 */
import { createHash } from 'crypto'
import { PHOTO_MAX_BYTES } from './photo'
import { ERROR_MESSAGES } from '../errors'

type CompressMode = 'honours' | 'ignoresWidth' | 'fails' | 'keepsExif'

const wx = {
  files: new Map<string, Uint8Array>(),
  dims: new Map<string, { width: number; height: number; orientation: string }>(),
  compressMode: 'honours' as CompressMode,
  chooseResult: null as unknown,
  chooseCalls: [] as unknown[],
  compressCalls: [] as Array<{ quality: number; compressedWidth: number }>,
  canvasDraws: [] as Array<{ width: number; height: number; rotated: boolean; quality: number }>,
  /** Bytes per pixel at quality 1 of the stand-in's encoders. */
  perPixel: 0.5,
  /** Whether the stand-in's image loader applies the Exif orientation itself (newer engines). */
  engineUpright: false,
  tmp: 0
}

function jpeg(length: number, exif = false, seed = 0): Uint8Array {
  const b = new Uint8Array(Math.max(length, 32))
  for (let i = 0; i < b.length; i++) b[i] = (i * 2654435761) >>> 24
  b.set([0xff, 0xd8, 0xff, exif ? 0xe1 : 0xe0, 0, 8, ...(exif ? [0x45, 0x78, 0x69, 0x66, 0, 0] : [0x4a, 0x46, 0x49, 0x46, 0, 1])])
  b.set([0xff, 0xda], 14)
  b.set([seed >> 8, seed & 0xff], 16) // the stand-in's pixels: differ with the width
  return b
}
const encodedLength = (w: number, h: number, q: number) => Math.round(w * h * wx.perPixel * (0.2 + 0.8 * q))
const errMsg = (m: string) => ({ errMsg: m })

jest.mock('@tarojs/taro', () => {
  const fs = {
    readFile: ({ filePath, position, length, success, fail }: any) => {
      const f = wx.files.get(filePath)
      if (!f) return fail(errMsg('readFile:fail no such file or directory'))
      const bytes = position === undefined ? f : f.subarray(position, position + length)
      success({ data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })
    },
    writeFile: ({ filePath, data, success }: any) => {
      wx.files.set(filePath, new Uint8Array(data))
      success({})
    },
    mkdir: ({ dirPath, success, fail }: any) => (wx.files.has(dirPath) ? fail(errMsg('mkdir:fail file already exists')) : (wx.files.set(dirPath, new Uint8Array(0)), success({}))),
    access: ({ path, success, fail }: any) => (wx.files.has(path) ? success({}) : fail(errMsg('access:fail no such file or directory'))),
    unlink: ({ filePath, success, fail }: any) => (wx.files.delete(filePath) ? success({}) : fail(errMsg('unlink:fail no such file')))
  }
  const temp = (bytes: Uint8Array, dims: { width: number; height: number; orientation: string }) => {
    const path = `wxfile://tmp_${++wx.tmp}.jpg`
    wx.files.set(path, bytes)
    wx.dims.set(path, dims)
    return path
  }
  return {
    __esModule: true,
    default: {
      env: { USER_DATA_PATH: 'wxfile://usr' },
      getFileSystemManager: () => fs,
      chooseMedia: async (options: unknown) => {
        wx.chooseCalls.push(options)
        const r = wx.chooseResult as any
        if (r instanceof Error || (r && r.errMsg)) throw r
        return r
      },
      getImageInfo: async ({ src }: { src: string }) => {
        const d = wx.dims.get(src)
        if (!d) throw errMsg('getImageInfo:fail file not found')
        return { ...d, type: 'jpeg', path: src }
      },
      compressImage: async ({ src, quality, compressedWidth, compressedHeight }: any) => {
        wx.compressCalls.push({ quality, compressedWidth })
        if (wx.compressMode === 'fails') throw errMsg('compressImage:fail')
        const d = wx.dims.get(src)!
        const [w, h] = wx.compressMode === 'ignoresWidth' ? [d.width, d.height] : [compressedWidth, compressedHeight]
        return { tempFilePath: temp(jpeg(encodedLength(w, h, quality / 100), wx.compressMode === 'keepsExif', w), { width: w, height: h, orientation: 'up' }) }
      },
      createOffscreenCanvas: ({ width, height }: { width: number; height: number }) => {
        const canvas: any = { width, height }
        let rotated = false
        canvas.createImage = () => {
          const img: any = {}
          Object.defineProperty(img, 'src', {
            set(src: string) {
              const d = wx.dims.get(src)
              if (!d) return setTimeout(() => img.onerror(new Error('load')))
              // the stored pixels as getImageInfo reports them, or turned upright by an engine that applies Exif
              const sideways = wx.engineUpright && (d.orientation === 'right' || d.orientation === 'left')
              img.width = sideways ? d.height : d.width
              img.height = sideways ? d.width : d.height
              setTimeout(() => img.onload())
            }
          })
          return img
        }
        canvas.getContext = () => ({ fillRect() {}, save() {}, restore() {}, translate() {}, rotate: () => (rotated = true), drawImage() {}, set fillStyle(_v: string) {} })
        canvas.toDataURL = (_type: string, q: number) => {
          wx.canvasDraws.push({ width: canvas.width, height: canvas.height, rotated, quality: q })
          rotated = false
          return `data:image/jpeg;base64,${Buffer.from(jpeg(encodedLength(canvas.width, canvas.height, q), false, canvas.width)).toString('base64')}`
        }
        return canvas
      },
      base64ToArrayBuffer: (b64: string) => {
        const b = Buffer.from(b64, 'base64')
        return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
      }
    }
  }
})

// eslint-disable-next-line import/first -- after the mock
import { photoDevice } from './photoDevice.weapp'

function picked(...files: Array<{ bytes: Uint8Array; width?: number; height?: number; orientation?: string }>) {
  wx.chooseResult = {
    type: 'image',
    tempFiles: files.map((f, i) => {
      const path = `wxfile://picked_${i}_${++wx.tmp}.jpg`
      wx.files.set(path, f.bytes)
      wx.dims.set(path, { width: f.width ?? 4000, height: f.height ?? 3000, orientation: f.orientation ?? 'up' })
      return { tempFilePath: path, size: f.bytes.length, fileType: 'image' }
    })
  }
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const saved = () => [...wx.files.keys()].filter((k) => k.startsWith('wxfile://usr/evidence/'))

beforeEach(() => {
  wx.files.clear()
  wx.dims.clear()
  wx.compressMode = 'honours'
  wx.chooseCalls = []
  wx.compressCalls = []
  wx.canvasDraws = []
  wx.perPixel = 0.5
  wx.engineUpright = false
})

test('takes one photo with the rear camera through chooseMedia, compressed, images only', async () => {
  picked({ bytes: jpeg(3_000_000) })
  await photoDevice.capture('camera', 1)
  expect(wx.chooseCalls).toEqual([{ count: 1, mediaType: ['image'], sourceType: ['camera'], sizeType: ['compressed'], camera: 'back' }])
  picked({ bytes: jpeg(3_000_000) })
  await photoDevice.capture('album', 20)
  expect(wx.chooseCalls[1]).toMatchObject({ count: 9, sourceType: ['album'] })
})

test('steps compressImage quality down at 2000 px until the JPEG is under 500 KB and saves it under its SHA-256', async () => {
  wx.perPixel = 0.22 // 2000×1500: 85 → 580 800 and 75 → 528 000 bytes are over, 65 → 475 200 fits
  picked({ bytes: jpeg(3_000_000) })
  const r = await photoDevice.capture('camera', 1)
  expect(wx.compressCalls).toEqual([
    { quality: 85, compressedWidth: 2000 },
    { quality: 75, compressedWidth: 2000 },
    { quality: 65, compressedWidth: 2000 }
  ])
  expect(wx.canvasDraws).toEqual([])
  if (!r.ok) throw new Error(r.code)
  const [photo] = r.photos
  const file = wx.files.get(`wxfile://usr/evidence/${photo.hash}.jpg`)!
  expect(photo).toEqual({ hash: sha(file), bytes: 475_200, width: 2000, height: 1500 })
  expect(file.length).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
  expect(await photoDevice.displayUrl(photo.hash)).toBe(`wxfile://usr/evidence/${photo.hash}.jpg`)
  expect(await photoDevice.uploadSource(photo.hash)).toBe(`wxfile://usr/evidence/${photo.hash}.jpg`)
  await photoDevice.remove(photo.hash)
  expect(await photoDevice.displayUrl(photo.hash)).toBeNull()
  expect(await photoDevice.uploadSource(photo.hash)).toBeNull()
})

test.each([
  ['ignores compressedWidth (iOS)', 'ignoresWidth'],
  ['fails', 'fails'],
  ['keeps the Exif block', 'keepsExif']
] as const)('when compressImage %s the offscreen canvas compresses the photo instead', async (_what, mode) => {
  wx.compressMode = mode
  wx.perPixel = 0.22
  picked({ bytes: jpeg(3_000_000) })
  const r = await photoDevice.capture('album', 1)
  if (!r.ok) throw new Error(r.code)
  expect(wx.compressCalls).toHaveLength(1)
  expect(wx.canvasDraws.map((d) => [d.width, d.height, d.quality])).toEqual([
    [2000, 1500, 0.85],
    [2000, 1500, 0.75],
    [2000, 1500, 0.65]
  ])
  expect(r.photos[0]).toMatchObject({ width: 2000, height: 1500, bytes: 475_200 })
  const file = wx.files.get(`wxfile://usr/evidence/${r.photos[0].hash}.jpg`)!
  expect(file[3]).toBe(0xe0) // JFIF, no Exif APP1
})

test('a photo shot with the phone turned (Exif orientation right) is drawn upright and portrait on the canvas, not squashed by compressImage', async () => {
  wx.perPixel = 0.1
  picked({ bytes: jpeg(3_000_000), width: 4000, height: 3000, orientation: 'right' })
  const r = await photoDevice.capture('camera', 1)
  if (!r.ok) throw new Error(r.code)
  expect(r.photos[0]).toMatchObject({ width: 1500, height: 2000 })
  expect(wx.canvasDraws[0]).toMatchObject({ width: 1500, height: 2000, rotated: true })
  expect(wx.compressCalls).toEqual([])
})

test('an engine that already turned the picture upright gets it drawn as it is, not turned twice', async () => {
  wx.engineUpright = true
  wx.perPixel = 0.1
  picked({ bytes: jpeg(3_000_000), width: 4000, height: 3000, orientation: 'right' })
  const r = await photoDevice.capture('camera', 1)
  if (!r.ok) throw new Error(r.code)
  expect(r.photos[0]).toMatchObject({ width: 1500, height: 2000 })
  expect(wx.canvasDraws[0]).toMatchObject({ width: 1500, height: 2000, rotated: false })
})

test('a photo that no quality brings under the budget is shrunk in steps at the lowest quality', async () => {
  wx.perPixel = 0.6
  picked({ bytes: jpeg(3_000_000) })
  const r = await photoDevice.capture('camera', 1)
  if (!r.ok) throw new Error(r.code)
  expect(wx.compressCalls.slice(5).every((c) => c.quality === 50 && c.compressedWidth < 2000)).toBe(true)
  expect(r.photos[0].bytes).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
})

test.each([
  ['an empty file', () => new Uint8Array(0), 'PHOTO_EMPTY'],
  ['a 30 MB photo', () => jpeg(30 * 1024 * 1024), 'PHOTO_TOO_LARGE'],
  ['a text file named .jpg', () => new TextEncoder().encode('这是一个文本文件，不是照片。'.repeat(50)), 'PHOTO_NOT_IMAGE']
] as const)('refuses %s with its code and saves nothing', async (_what, bytes, code) => {
  picked({ bytes: jpeg(3_000_000) }, { bytes: bytes() })
  const r = await photoDevice.capture('album', 9)
  expect(r).toEqual({ ok: false, code })
  expect(ERROR_MESSAGES[code]).toMatch(/。$/)
  expect(saved()).toEqual([])
})

test('a picture the phone cannot open is refused as unreadable', async () => {
  picked({ bytes: jpeg(3_000_000) })
  wx.dims.clear()
  expect(await photoDevice.capture('camera', 1)).toEqual({ ok: false, code: 'PHOTO_UNREADABLE' })
  expect(ERROR_MESSAGES.PHOTO_UNREADABLE).toBe('照片无法打开，可能已损坏或格式不受支持，请重新拍照。')
})

test('cancelling the camera is no photos, a refused permission is PHOTO_NOT_ALLOWED', async () => {
  wx.chooseResult = errMsg('chooseMedia:fail cancel')
  expect(await photoDevice.capture('camera', 1)).toEqual({ ok: true, photos: [] })
  wx.chooseResult = errMsg('chooseMedia:fail auth deny')
  expect(await photoDevice.capture('camera', 1)).toEqual({ ok: false, code: 'PHOTO_NOT_ALLOWED' })
  expect(ERROR_MESSAGES.PHOTO_NOT_ALLOWED).toBe('无法使用相机或相册，请在微信“设置 → 隐私”中允许本小程序使用相机和相册后重试。')
})

test('several album photos are each compressed and saved', async () => {
  wx.perPixel = 0.1
  picked({ bytes: jpeg(2_000_000) }, { bytes: jpeg(2_500_000), width: 3000, height: 4000 })
  const r = await photoDevice.capture('album', 9)
  if (!r.ok) throw new Error(r.code)
  expect(r.photos.map((p) => [p.width, p.height])).toEqual([
    [2000, 1500],
    [1500, 2000]
  ])
  expect(saved()).toHaveLength(2)
})
