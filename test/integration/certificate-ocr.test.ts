/**
 * Certificate reading end to end on pixels: certificates rendered from HTML in Chromium, read by Debian's tesseract
 * (chi_sim+eng, installed by .ci/run) through the local OCR binding, parsed by src/evidence/certificateText.ts.
 */
import type { Browser, Page } from 'playwright-core'
import { createTesseractOcr } from '../../src/cloud/local/tesseract'
import { compareNumbers, readCertificateText } from '../../src/evidence/certificateText'
import { launchForRendering, patentCertificate, renderCertificate, seeded } from '../helpers/certificate'

jest.setTimeout(120_000)
let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchForRendering()
  page = await browser.newPage()
})
afterAll(() => browser?.close())

const ocr = createTesseractOcr()

test('tesseract with Simplified Chinese is installed (.ci/run installs tesseract-ocr and tesseract-ocr-chi-sim)', async () => {
  const c = patentCertificate(seeded(7))
  const read = await ocr.read(await renderCertificate(page, c))
  expect(read).toMatchObject({ available: true })
})

/** Characters in the same place in both strings, over the longer length (OCR may misread one character of a name). */
function sameChars(a: string | null, b: string): number {
  if (a === null) return 0
  let same = 0
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) same++
  return same / Math.max(a.length, b.length)
}

test.each([1, 2, 3, 5, 6])('a rendered patent certificate (seed %i) gives its number and date exactly and its name and holder nearly', async (seed) => {
  const c = patentCertificate(seeded(seed))
  const read = await ocr.read(await renderCertificate(page, c))
  if (!read.available) throw new Error(read.reason)
  const r = readCertificateText(read.text)
  expect({ title: r.title, number: r.number, date: r.date }).toEqual({ title: '发明专利证书', number: { kind: 'patent', value: c.number }, date: c.date })
  // Names are proposals the user confirms: a misread character (锻 → 钻) is tolerated, a wrong field is not.
  expect([r.name, sameChars(r.name, c.name) >= 0.8]).toEqual([r.name, true])
  expect([r.holder, sameChars(r.holder, c.holder) >= 0.8]).toEqual([r.holder, true])
})

test('the number read from a certificate photo warns when it differs from the number typed in the list', async () => {
  const c = patentCertificate(seeded(4))
  const read = await ocr.read(await renderCertificate(page, c, { type: 'jpeg' }))
  if (!read.available) throw new Error(read.reason)
  const photographed = readCertificateText(read.text).number?.value as string
  expect(photographed).toBe(c.number)
  expect(compareNumbers(photographed, c.printed)).toEqual({ same: true })
  const typo = c.number.replace(/(\d)(\d)(\.\w)$/, '$2$1$3')
  const warned = compareNumbers(photographed, typo)
  expect(warned).toEqual({
    same: false,
    photographed: c.number,
    typed: typo,
    message: `照片中证书上的编号是“${c.number}”，与填写的“${typo}”不一致，请核对后修改，或换一张对应的证书照片。`
  })
})
