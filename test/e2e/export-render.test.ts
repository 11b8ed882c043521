/**
 * The exported 申报表 as a printer sees it: LibreOffice (Debian libreoffice-writer-nogui, installed by .ci/run)
 * renders the .docx to PDF, poppler's pdftotext reads the pages back and pdftoppm keeps page 1 and the
 * section 三 table page as PNG artifacts in test-artifacts/. LibreOffice Calc (libreoffice-calc-nogui) opens the
 * .xlsx of all answers, as a county clerk's spreadsheet program would.
 */
import { execFileSync } from 'child_process'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { FORM } from '../../src/form'
import { exportDocx, exportXlsx } from '../../src/export'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'
import { artifactPath } from '../helpers/browser'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'export-render-'))
let pages: string[] = []
let pdf = ''
let hash = ''

beforeAll(async () => {
  const file = await exportDocx({ answers: COMPLETE_APPLICATION, version: 4 })
  hash = file.hash
  const docx = path.join(work, 'application.docx')
  fs.writeFileSync(docx, file.bytes)
  // A profile of its own, so a desktop LibreOffice (or a parallel run) holding the default profile cannot block it.
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'pipe', timeout: 180_000 })
  pdf = path.join(work, 'application.pdf')
  pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').filter((p) => p.trim() !== '')
}, 240_000)

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian; PNG specification §11.2.2). */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)]

function keepPage(page: number, name: string): number[] {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(work, name)])
  const png = fs.readFileSync(path.join(work, `${name}.png`))
  fs.writeFileSync(artifactPath(`${name}.png`), png)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return pngSize(png)
}

test('LibreOffice renders the export with the cover on page 1 and every section title in printed order', () => {
  expect(pages[0]).toContain(FORM.title)
  expect(pages[0]).toContain('潍坊市坊子区动力装备特色产业集群')
  const all = pages.join('\n')
  let at = 0
  for (const s of FORM.sections.filter((x) => x.id !== 'cover')) {
    const next = all.indexOf(s.title, at)
    expect([s.title, next >= at]).toEqual([s.title, true])
    at = next
  }
  expect(all.indexOf('佐证材料清单', at)).toBeGreaterThan(at)
})

test('every printed page carries the footer with the version and the content hash', () => {
  pages.forEach((p, i) => expect([i + 1, p.includes(`申报表版本 4 · 内容校验码 ${hash} · 第 ${i + 1} 页`)]).toEqual([i + 1, true]))
})

test('the section 三 page shows the year columns and the standards matrix as table rows; page 1 and it are kept as PNG', () => {
  const index = pages.findIndex((p) => p.includes('三、创新能力情况'))
  expect(index).toBeGreaterThan(0)
  const page = pages[index]
  expect(page).toMatch(/年度\s+2021\s*年\s+2022\s*年\s+2023\s*年/)
  expect(page).toMatch(/3\.20\s+3\.45\s+3\.78/)
  // The narrow matrix columns wrap “主持数量” onto two lines, so the header is read by counting; the rows read whole.
  expect(page.match(/主持/g)?.length).toBeGreaterThanOrEqual(3)
  expect(page).toMatch(/国际\s+0\s+0\s+国际\s+0\s+0\s+国际\s+0\s+1/)
  expect(page).toMatch(/国家\s+1\s+2\s+国家\s+0\s+1\s+国家\s+1\s+0/)
  expect(page).toMatch(/行业\s+2\s+1\s+行业\s+1\s+0\s+行业\s+1\s+2/)
  expect(page).toMatch(/团体\s+1\s+0\s+团体\s+2\s+1\s+团体\s+1\s+0/)
  const first = keepPage(1, 'export-page-1')
  const table = keepPage(index + 1, 'export-section-3')
  // A4 (210 × 297 mm) at 80 dpi, as poppler rounds it: 662 × 936 pixels.
  for (const size of [first, table]) expect(size).toEqual([662, 936])
})

test('LibreOffice Calc opens the spreadsheet of all answers: the header, then one row per item', () => {
  const xlsx = path.join(work, 'answers.xlsx')
  fs.writeFileSync(xlsx, exportXlsx(COMPLETE_APPLICATION))
  // Filter options 44,34,76: comma-separated, double-quoted, UTF-8 (LibreOffice CSV filter options).
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', work, xlsx], { stdio: 'pipe', timeout: 180_000 })
  const lines = fs.readFileSync(path.join(work, 'answers.csv'), 'utf8').split(/\r?\n/)
  expect(lines[0]).toBe('部分,栏目,填写内容,说明')
  expect(lines[1]).toBe('封面,所属地区,潍坊市坊子区,')
  expect(lines).toContain('二、主导产业情况,集群总产值（亿元）,2021年：118.36；2022年：131.52；2023年：146.80,')
}, 240_000)
