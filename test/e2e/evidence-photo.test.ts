/**
 * The browser photo binding in Chromium on real pixels: a 4000×3000 JPEG certificate with a phone's Exif block
 * (orientation, GPS) picked through the hidden file input, compressed to the budget, saved in IndexedDB, still
 * there after a reload, still legible to OCR; bad files refused with their Chinese messages. The binding is hosted
 * on the test's own page (test/helpers/photoHarness.ts), not a production page.
 */
import { createHash } from 'crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { createTesseractOcr } from '../../src/cloud/local/tesseract'
import { readCertificateText } from '../../src/evidence/certificateText'
import { exifSegments } from '../../src/evidence/imageKind'
import { PHOTO_LONG_EDGE, PHOTO_MAX_BYTES } from '../../src/evidence/photo'
import { ERROR_MESSAGES } from '../../src/errors'
import { artifactPath } from '../helpers/browser'
import { launchForRendering, patentCertificate, renderCertificate, seeded } from '../helpers/certificate'
import { captureThroughInput, jpegSize, savedBytes, startPhotoHarness, withExif, type Harness } from '../helpers/photoHarness'
import * as fs from 'fs'

jest.setTimeout(180_000)
let harness: Harness
let browser: Browser
let phone: BrowserContext
let page: Page
const certificate = patentCertificate(seeded(11))
let photo12mp: Buffer

beforeAll(async () => {
  harness = await startPhotoHarness()
  browser = await launchForRendering()
  // The camera's photo: the certificate rendered at 2000×1500 CSS pixels × 2 = 4000×3000, with sensor-like noise.
  const camera = await browser.newContext({ deviceScaleFactor: 2 })
  photo12mp = withExif(await renderCertificate(await camera.newPage(), certificate, { width: 2000, height: 1500, type: 'jpeg', noise: 0.06 }), 1)
  await camera.close()
  phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  page = await phone.newPage()
  await page.goto(harness.url)
})
afterAll(async () => {
  await browser?.close()
  await harness?.close()
})

test('the test photo is a 4000×3000 JPEG over the budget carrying Exif with a GPS position', () => {
  expect(jpegSize(photo12mp)).toEqual({ width: 4000, height: 3000 })
  expect(photo12mp.length).toBeGreaterThan(PHOTO_MAX_BYTES)
  expect(exifSegments(photo12mp)).toBe(1)
  expect(photo12mp.includes(Buffer.from('Exif\0\0MM', 'latin1'))).toBe(true)
})

let hash = ''
let stored: Buffer

test('a 12-megapixel certificate photo from the camera input is compressed to ≤ 500 KB and 2000 px, as a JPEG without Exif or GPS', async () => {
  const { result, attributes } = await captureThroughInput(page, 'camera', 1, [{ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo12mp }])
  expect(attributes).toEqual({ className: 'evidence-photo-input', accept: 'image/*', capture: 'environment', multiple: false })
  if (!result.ok) throw new Error(result.code)
  expect(result.photos).toHaveLength(1)
  const [p] = result.photos
  hash = p.hash
  expect(Math.max(p.width, p.height)).toBe(PHOTO_LONG_EDGE)
  expect([p.width, p.height]).toEqual([2000, 1500])
  expect(p.bytes).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
  stored = (await savedBytes(page, p.hash)) as Buffer
  expect(stored.length).toBe(p.bytes)
  expect([...stored.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
  expect(jpegSize(stored)).toEqual({ width: 2000, height: 1500 })
  expect(exifSegments(stored)).toBe(0)
  expect(stored.includes(Buffer.from('Exif', 'latin1'))).toBe(false)
  expect(createHash('sha256').update(stored).digest('hex')).toBe(p.hash)
  fs.writeFileSync(artifactPath('evidence-photo-compressed.jpg'), stored)
})

test('the compressed photo is still legible: tesseract reads the certificate number exactly', async () => {
  const read = await createTesseractOcr().read(stored)
  if (!read.available) throw new Error(read.reason)
  expect(readCertificateText(read.text).number).toEqual({ kind: 'patent', value: certificate.number })
})

test('the saved photo survives a reload: shown from IndexedDB by its hash with the same bytes', async () => {
  await page.reload()
  await page.waitForFunction(() => 'photoHarness' in window)
  const shown = await page.evaluate(async (h) => {
    const url = await window.photoHarness.photoDevice.displayUrl(h)
    if (url === null) return null
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer())
    return { scheme: url.slice(0, 5), hash: await window.photoHarness.sha256Hex(bytes), again: (await window.photoHarness.photoDevice.displayUrl(h)) === url }
  }, hash)
  expect(shown).toEqual({ scheme: 'blob:', hash, again: true })
  expect(await savedBytes(page, hash)).toEqual(stored)
})

test('a photo taken with the phone turned (Exif orientation 6) is saved upright: portrait, the top-left corner turned to the top-right', async () => {
  // Stored pixels: 4000×3000 with a red block at the stored top-left; orientation 6 shows them turned a quarter clockwise.
  const b64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 4000
    canvas.height = 3000
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, 4000, 3000)
    ctx.fillStyle = '#f00'
    ctx.fillRect(0, 0, 800, 800)
    const blob = (await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.9))) as Blob
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let s = ''
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)))
    return btoa(s)
  })
  const turned = withExif(Buffer.from(b64, 'base64'), 6)
  const { result } = await captureThroughInput(page, 'camera', 1, [{ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: turned }])
  if (!result.ok) throw new Error(result.code)
  expect(result.photos[0]).toMatchObject({ width: 1500, height: 2000 })
  const corners = await page.evaluate(async (h) => {
    const blob = (await window.photoHarness.photoDevice.uploadSource(h)) as Blob
    const bitmap = await createImageBitmap(blob)
    const canvas = document.createElement('canvas')
    canvas.width = bitmap.width
    canvas.height = bitmap.height
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    ctx.drawImage(bitmap, 0, 0)
    const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3)).map((v) => (v > 128 ? 1 : 0)).join('')
    return { topLeft: at(50, 50), topRight: at(bitmap.width - 50, 50) }
  }, result.photos[0].hash)
  expect(corners).toEqual({ topLeft: '111', topRight: '100' })
})

test('the album input takes several photos and saves each', async () => {
  const small = (await page.screenshot({ type: 'png' })) as Buffer
  const { result, attributes } = await captureThroughInput(page, 'album', 3, [
    { name: 'a.jpg', mimeType: 'image/jpeg', buffer: photo12mp },
    { name: 'b.png', mimeType: 'image/png', buffer: small }
  ])
  expect(attributes).toEqual({ className: 'evidence-photo-input', accept: 'image/*', capture: null, multiple: true })
  if (!result.ok) throw new Error(result.code)
  expect(result.photos.map((p) => [p.width, p.height])).toEqual([
    [2000, 1500],
    [750, 1624]
  ])
})

test.each([
  ['a text file named .jpg', () => ({ name: '证书.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这不是照片，是一个文本文件。\n'.repeat(40)) }), 'PHOTO_NOT_IMAGE', '所选文件不是图片，请拍照或选择 JPG、PNG 格式的照片。'],
  ['a zero-byte file', () => ({ name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) }), 'PHOTO_EMPTY', '所选文件是空的（0 字节），请重新拍照或选择照片。'],
  ['a 30 MB image', () => ({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([photo12mp, Buffer.alloc(30 * 1024 * 1024 - photo12mp.length)]) }), 'PHOTO_TOO_LARGE', '照片超过 10 MB，无法使用，请重新拍照或选择较小的照片。'],
  ['a JPEG header with garbage after it', () => ({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([photo12mp.subarray(0, 200), Buffer.alloc(5000, 7)]) }), 'PHOTO_UNREADABLE', '照片无法打开，可能已损坏或格式不受支持，请重新拍照。']
] as const)('%s is refused with its message and nothing is saved', async (_what, file, code, message) => {
  const before = await page.evaluate(() => new Promise<number>((resolve) => {
    const req = indexedDB.open('cluster-declare.evidence')
    req.onsuccess = () => {
      const count = req.result.transaction('photos').objectStore('photos').count()
      count.onsuccess = () => (req.result.close(), resolve(count.result))
    }
  }))
  const { result } = await captureThroughInput(page, 'camera', 1, [file()])
  expect(result).toEqual({ ok: false, code })
  expect(ERROR_MESSAGES[code]).toBe(message)
  const after = await page.evaluate(() => new Promise<number>((resolve) => {
    const req = indexedDB.open('cluster-declare.evidence')
    req.onsuccess = () => {
      const count = req.result.transaction('photos').objectStore('photos').count()
      count.onsuccess = () => (req.result.close(), resolve(count.result))
    }
  }))
  expect(after).toBe(before)
})

test('cancelling the picker adds nothing, and a removed photo is gone after a reload', async () => {
  const { result } = await captureThroughInput(page, 'camera', 1, 'cancel')
  expect(result).toEqual({ ok: true, photos: [] })
  expect(await page.$('input.evidence-photo-input')).toBeNull()

  await page.evaluate((h) => window.photoHarness.photoDevice.remove(h), hash)
  await page.reload()
  await page.waitForFunction(() => 'photoHarness' in window)
  expect(await page.evaluate((h) => window.photoHarness.photoDevice.displayUrl(h), hash)).toBeNull()
  expect(await savedBytes(page, hash)).toBeNull()
})
