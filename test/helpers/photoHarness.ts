/**
 * A standalone page hosting the H5 photo binding (src/evidence/photoDevice.h5.ts), bundled by esbuild and served
 * from the test on 127.0.0.1 (a secure context, so IndexedDB and Web Crypto behave as on the served app). No
 * production page carries test hooks: the page is the test's own.
 */
import * as http from 'http'
import * as path from 'path'
import type { AddressInfo } from 'net'
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import type { PhotoHarness } from './photoHarness.entry'

export interface Harness {
  url: string
  close(): Promise<void>
}

/** `entry` is given by the bench, whose bundled copy of this file no longer sits beside the entry. */
export async function startPhotoHarness(entry = path.join(__dirname, 'photoHarness.entry.ts')): Promise<Harness> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    logLevel: 'warning'
  })
  const js = bundle.outputFiles[0].contents
  const html = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>照片测试</title><script src="/photo.js"></script></head><body></body></html>'
  const server = http.createServer((req, res) => {
    if (req.url === '/photo.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      return res.end(Buffer.from(js))
    }
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return res.end(html)
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

declare global {
  interface Window {
    photoHarness: PhotoHarness
  }
}

export interface PickedFile {
  name: string
  mimeType: string
  buffer: Buffer
}

/**
 * Taps a button of the harness page that calls capture() — a file chooser opens only on a user gesture
 * (https://html.spec.whatwg.org/multipage/input.html#show-the-picker,-if-applicable) — and picks `files` in the
 * chooser it opens, as a user would. Returns capture()'s result and the attributes of the input that opened.
 */
export async function captureThroughInput(page: Page, from: 'camera' | 'album', max: number, files: PickedFile[] | 'cancel') {
  await page.evaluate(
    ([f, m]) => {
      document.getElementById('capture')?.remove()
      const button = document.createElement('button')
      button.id = 'capture'
      button.textContent = '拍照'
      const w = window as unknown as { captured: Promise<unknown> }
      button.onclick = () => (w.captured = window.photoHarness.photoDevice.capture(f, m))
      document.body.appendChild(button)
    },
    [from, max] as const
  )
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#capture')])
  const input = chooser.element()
  const attributes = await input.evaluate((el: HTMLInputElement) => ({ className: el.className, accept: el.accept, capture: el.getAttribute('capture'), multiple: el.multiple }))
  if (files === 'cancel') await input.evaluate((el) => el.dispatchEvent(new Event('cancel')))
  else await chooser.setFiles(files)
  const result = (await page.evaluate(() => (window as unknown as { captured: Promise<unknown> }).captured)) as Awaited<ReturnType<Window['photoHarness']['photoDevice']['capture']>>
  return { result, attributes }
}

/** The saved photo's bytes, read back through uploadSource (the Blob the upload will send). */
export async function savedBytes(page: Page, hash: string): Promise<Buffer | null> {
  const b64 = await page.evaluate(async (h) => {
    const blob = (await window.photoHarness.photoDevice.uploadSource(h)) as Blob | null
    if (!blob) return null
    const bytes = new Uint8Array(await blob.arrayBuffer())
    let s = ''
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)))
    return btoa(s)
  }, hash)
  return b64 === null ? null : Buffer.from(b64, 'base64')
}

/**
 * A JPEG with an Exif block (ITU-T T.81 APP1; TIFF 6.0 tags) carrying an orientation and a GPS position
 * (GPSLatitudeRef N, GPSLatitude 36°39′12.34″, GPSLongitudeRef E): what a phone camera writes.
 */
export function withExif(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(104)
  tiff.write('MM', 0, 'latin1')
  tiff.writeUInt16BE(42, 2)
  tiff.writeUInt32BE(8, 4)
  let at = 8
  const entry = (tag: number, type: number, count: number, value: (b: Buffer, at: number) => void) => {
    tiff.writeUInt16BE(tag, at)
    tiff.writeUInt16BE(type, at + 2)
    tiff.writeUInt32BE(count, at + 4)
    value(tiff, at + 8)
    at += 12
  }
  tiff.writeUInt16BE(2, at)
  at += 2
  entry(0x0112, 3, 1, (b, o) => b.writeUInt16BE(orientation, o))
  entry(0x8825, 4, 1, (b, o) => b.writeUInt32BE(38, o)) // GPS IFD pointer
  at += 4 // no next IFD
  tiff.writeUInt16BE(3, at)
  at += 2
  entry(0x0001, 2, 2, (b, o) => b.write('N\0', o, 'latin1'))
  entry(0x0002, 5, 3, (b, o) => b.writeUInt32BE(80, o))
  entry(0x0003, 2, 2, (b, o) => b.write('E\0', o, 'latin1'))
  at += 4
  ;[36, 1, 39, 1, 1234, 100].forEach((v, i) => tiff.writeUInt32BE(v, 80 + i * 4))
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body])
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)])
}

/** Width and height from a JPEG's first SOFn segment (ITU-T T.81 §B.2.2). */
export function jpegSize(jpeg: Buffer): { width: number; height: number } | null {
  let at = 2
  while (at + 9 < jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]
    const length = jpeg.readUInt16BE(at + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) }
    at += 2 + length
  }
  return null
}
