/**
 * Evidence photos in Chromium (the H5 binding on the test's own page, test/helpers/photoHarness.ts):
 * - photo_12mp_compressed_kb: a 4000×3000 certificate photo with sensor-like noise compressed to the budget (target ≤ 500);
 * - photo_compress_ms: median time of compressFile on it inside the page — check, EXIF-upright decode, canvas JPEG
 *   steps (target ≤ 1500);
 * - ocr_cert_number_ok: the fraction of N rendered certificates (seeded: number, wording, a slight tilt, noise),
 *   photographed at 12 MP and compressed like a user's photo, whose number tesseract + the parser read exactly.
 */
import * as path from 'path'
import { createTesseractOcr } from '../../src/cloud/local/tesseract'
import { readCertificateText } from '../../src/evidence/certificateText'
import { launchForRendering, patentCertificate, renderCertificate, seeded } from '../helpers/certificate'
import { startPhotoHarness, withExif } from '../helpers/photoHarness'
import type { Page } from 'playwright-core'

const RUNS = 5
const CERTIFICATES = 12

/** Compresses `jpeg` in the page RUNS times; the last output's bytes and the times. */
async function compressInPage(page: Page, jpeg: Buffer, runs: number): Promise<{ bytes: Buffer; ms: number[] }> {
  const out = await page.evaluate(
    async ([b64, n]) => {
      const raw = atob(b64)
      const bytes = new Uint8Array(raw.length)
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
      const file = new Blob([bytes], { type: 'image/jpeg' })
      const ms: number[] = []
      let blob: Blob | null = null
      for (let i = 0; i < n; i++) {
        const t0 = performance.now()
        blob = (await window.photoHarness.compressFile(file)).blob
        ms.push(performance.now() - t0)
      }
      const result = new Uint8Array(await (blob as Blob).arrayBuffer())
      let s = ''
      for (let i = 0; i < result.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(result.subarray(i, i + 0x8000)))
      return { b64: btoa(s), ms }
    },
    [jpeg.toString('base64'), runs] as const
  )
  return { bytes: Buffer.from(out.b64, 'base64'), ms: out.ms }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function benchPhoto(root: string): Promise<Record<string, number>> {
  const harness = await startPhotoHarness(path.join(root, 'test', 'helpers', 'photoHarness.entry.ts'))
  const browser = await launchForRendering()
  try {
    const camera = await (await browser.newContext({ deviceScaleFactor: 2 })).newPage()
    const page = await (await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true })).newPage()
    await page.goto(harness.url)
    const shoot = (seed: number, tilt: number, noise: number) => renderCertificate(camera, patentCertificate(seeded(seed)), { width: 2000, height: 1500, type: 'jpeg', noise, rotateDeg: tilt })

    const photo = withExif(await shoot(11, 0, 0.06), 1)
    const { bytes, ms } = await compressInPage(page, photo, RUNS)

    const ocr = createTesseractOcr()
    const random = seeded(2024)
    let readExactly = 0
    for (let i = 0; i < CERTIFICATES; i++) {
      const seed = 100 + i
      const tilt = (random() - 0.5) * 3 // ±1.5°
      const noise = 0.03 + random() * 0.07
      const compressed = (await compressInPage(page, await shoot(seed, tilt, noise), 1)).bytes
      const read = await ocr.read(compressed)
      const number = read.available ? readCertificateText(read.text).number : null
      if (number && number.value === patentCertificate(seeded(seed)).number) readExactly++
    }
    return {
      photo_12mp_compressed_kb: Math.round(bytes.length / 102.4) / 10,
      photo_compress_ms: Math.round(median(ms)),
      ocr_cert_number_ok: Math.round((readExactly / CERTIFICATES) * 100) / 100
    }
  } finally {
    await browser.close()
    await harness.close()
  }
}
