import ExcelJS from 'exceljs'
import * as iconv from 'iconv-lite'
import { buildPreview, listItem, listItems, type ListEntryValue } from '..'
import { PATENT_HEADER, THREE_ERRORS, patentNumber, patentRows, toCsv } from '../../../test/fixtures/patentRows'
import { decodeText } from './decode'
import { readSpreadsheet } from './read'
import { exportXlsx, templateXlsx } from './workbook'
import { unpackedSize } from './zipGuard'

const now = new Date('2024-03-01T08:00:00Z')
let n = 0
const newId = () => `e${++n}`
const patents = listItem('s3.patentList')!
const fieldsOf = (entries: ListEntryValue[]) => entries.map((e) => e.fields)

async function previewOf(bytes: Uint8Array, name = 'list.xlsx', item = patents) {
  return buildPreview(item, await readSpreadsheet(bytes, name), { existing: [], now, newId })
}

/** A workbook the way a person fills one: header, rows, and whatever `edit` does to the sheet. */
async function sheet(header: readonly string[], rows: readonly (string | number | Date | ExcelJS.CellValue)[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  ws.addRow([...header])
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[])
  edit?.(ws)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('templates', () => {
  it.each(listItems().map((i) => [i.id, i] as const))('the %s template has the printed columns, one example row and a dropdown for each choice column', async (_id, item) => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await templateXlsx(item)) as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(item.fields.map((f) => f.label))
    expect(ws.actualRowCount).toBe(2)
    item.fields.forEach((f, i) => {
      const dv = ws.getCell(3, i + 1).dataValidation
      if (f.kind === 'choice') expect(dv).toMatchObject({ type: 'list', formulae: [`"${(f.options ?? []).join(',')}"`] })
      else expect(dv).toBeUndefined()
    })
  })

  it('round-trips: template → filled in → import gives exactly the filled entries', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await templateXlsx(patents)) as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    const rows = patentRows(20)
    for (const r of rows) ws.addRow(r)
    const p = await previewOf(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(p.problems).toEqual([])
    expect(fieldsOf(p.entries)).toEqual(rows.map((r) => Object.fromEntries(patents.fields.map((f, i) => [f.id, r[i]]))))
  })

  it.each(listItems().map((i) => [i.id, i] as const))('round-trips the %s export: what is stored comes back the same', async (_id, item) => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await templateXlsx(item)) as unknown as ExcelJS.Buffer)
    const example = (wb.worksheets[0].getRow(2).values as unknown[]).slice(1).map(String)
    // The example row itself is skipped as an example; store it with its 名称 changed so it is a real entry.
    const stored: ListEntryValue[] = [{ id: 'a', fields: Object.fromEntries(item.fields.map((f, i) => [f.id, f.id === 'name' ? `${example[i]}（二）` : example[i]])) }]
    const p = await previewOf(await exportXlsx(item, stored), 'export.xlsx', item)
    expect(p.problems).toEqual([])
    expect(fieldsOf(p.entries)).toEqual(fieldsOf(stored))
  })
})

describe('reading files', () => {
  it('reads a 412-row xlsx with 3 planted errors and names their rows', async () => {
    const p = await previewOf(await sheet(PATENT_HEADER, patentRows(412, THREE_ERRORS)))
    expect([p.total, p.entries.length, p.problems.map((x) => x.row)]).toEqual([412, 409, [17, 120, 301]])
  })

  it('reads a GBK CSV saved by WPS', async () => {
    const bytes = iconv.encode(toCsv(PATENT_HEADER, patentRows(3)), 'gbk')
    expect(decodeText(bytes)?.encoding).toBe('gb18030')
    const p = await previewOf(bytes, '专利.csv')
    expect(fieldsOf(p.entries).map((f) => f.holder)).toEqual(['山东示例1号科技有限公司', '山东示例2号科技有限公司', '山东示例3号科技有限公司'])
  })

  it('reads a UTF-8 CSV with and without BOM, and UTF-16 text', async () => {
    const text = toCsv(PATENT_HEADER, patentRows(2))
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])]) {
      expect(fieldsOf((await previewOf(bytes, 'a.csv')).entries).map((f) => f.name)).toEqual(['一种集群示例装置及方法1', '一种集群示例装置及方法2'])
    }
  })

  it('reads numbers, dates and rich text cells as text', async () => {
    const bytes = await sheet(PATENT_HEADER, [['一种装置', { richText: [{ text: '发明' }, { text: '专利' }] }, patentNumber(1), '某公司', new Date(Date.UTC(2023, 4, 16))]])
    const p = await previewOf(bytes)
    expect(p.entries[0].fields).toMatchObject({ type: '发明专利', grantDate: '2023-05-16' })
  })

  it('refuses merged cells, naming the row and column', async () => {
    const bytes = await sheet(PATENT_HEADER, patentRows(4), (ws) => ws.mergeCells('D3:D4'))
    const p = await previewOf(bytes)
    expect(p.problems.map((x) => x.message)).toEqual([
      '第 3 行第 D 列是合并单元格（D3:D4），请取消合并，每行每格各填一个值。',
      '第 4 行第 D 列是合并单元格（D3:D4），请取消合并，每行每格各填一个值。'
    ])
    expect(p.entries).toHaveLength(2)
  })

  it('skips a merged title row above the header and numbers the data rows as the file does', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.addRow(['某某集群有效发明专利清单'])
    ws.mergeCells('A1:E1')
    ws.addRow([...PATENT_HEADER])
    for (const r of patentRows(3, { 4: 'checkDigit' })) ws.addRow(r)
    const p = await previewOf(Buffer.from(await wb.xlsx.writeBuffer()))
    expect([p.total, p.entries.length, p.problems.map((x) => x.row)]).toEqual([3, 2, [5]])
  })

  it('refuses a formula cell, naming the row and column', async () => {
    const rows = patentRows(2)
    const bytes = await sheet(PATENT_HEADER, [rows[0], [rows[1][0], rows[1][1], rows[1][2], { formula: 'D2', result: rows[0][3] }, rows[1][4]]])
    const p = await previewOf(bytes)
    expect(p.summary).toBe('共 2 行，1 行可导入，1 行有问题：第 3 行第 D 列是公式，请复制后“选择性粘贴 → 数值”，再导入。')
  })

  it('refuses an error value, naming the row and column', async () => {
    const rows = patentRows(1)
    const p = await previewOf(await sheet(PATENT_HEADER, [[rows[0][0], rows[0][1], rows[0][2], { error: '#N/A' }, rows[0][4]]]))
    expect(p.problems.map((x) => x.message)).toEqual(['第 2 行第 D 列是错误值（#N/A），请改正后再导入。'])
  })

  it('skips empty rows between data rows of a workbook', async () => {
    const rows = patentRows(2)
    const bytes = await sheet(PATENT_HEADER, [rows[0]], (ws) => ws.getRow(5).values = rows[1])
    const p = await previewOf(bytes)
    expect(p.entries).toHaveLength(2)
  })

  it('recognises a renamed image, a renamed Word file, an old .xls, a damaged workbook and an empty file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml'), Buffer.alloc(20)])
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)])
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml'), Buffer.alloc(20)])
    const messages = async (b: Buffer, name: string) => (await previewOf(b, name)).refused.map((x) => x.message)
    expect(await messages(png, '专利清单.xlsx')).toEqual(['“专利清单.xlsx”不是表格文件，请选择 .xlsx 或 .csv 文件（可用 Excel 或 WPS 另存为）。'])
    expect(await messages(docx, '专利清单.xlsx')).toEqual(['“专利清单.xlsx”不是表格文件，请选择 .xlsx 或 .csv 文件（可用 Excel 或 WPS 另存为）。'])
    expect(await messages(xls, '专利清单.xls')).toEqual(['这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 格式后再导入。'])
    expect(await messages(broken, '专利清单.xlsx')).toEqual(['表格文件已损坏或不完整，无法读取，请重新保存后再导入。'])
    expect(await messages(Buffer.alloc(0), 'a.csv')).toEqual(['文件是空的，请选择填好的表格文件。'])
  })

  it('says so when a workbook has no worksheet', async () => {
    const wb = new ExcelJS.Workbook()
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    expect((await previewOf(bytes)).refused.map((x) => x.message)).toEqual(['表格中没有工作表，请使用“下载模板”得到的表格填写。'])
  })

  it('refuses a file over 5 MB before reading it', async () => {
    const p = await previewOf(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'big.csv')
    expect(p.refused.map((x) => x.message)).toEqual(['文件大小为 5.0 MB，超过 5 MB 的上限，请删除多余的工作表或图片后重试。'])
  })

  it('reads the unpacked size a workbook declares', async () => {
    const size = unpackedSize(await templateXlsx(patents))
    expect(size).toBeGreaterThan(1000)
    expect(size).toBeLessThan(200 * 1024)
  })

  it('refuses a small workbook that would unpack to more than 50 MB, before unpacking it', async () => {
    const zip = await sheet(PATENT_HEADER, patentRows(1))
    // Declare a 60 MB entry in the central directory, as a zip bomb would.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    view.setUint32(central + 24, 60 * 1024 * 1024, true)
    expect((await previewOf(zip)).refused.map((x) => x.message)).toEqual(['表格解压后超过 50 MB（可能含大量图片、格式或空白行），请只保留清单所在的工作表，另存后再导入。'])
  })

  it('refuses a workbook of more than 5,000 data rows', async () => {
    const p = await previewOf(await sheet(PATENT_HEADER, patentRows(5001)))
    expect(p.refused.map((x) => x.message)).toEqual(['表格有 5001 行，超过一次导入 5000 行的上限，请分成几个文件导入。'])
  })

  it('refuses bytes that are neither UTF-8 nor GBK', async () => {
    const p = await previewOf(Buffer.from([0x41, 0x2c, 0xff, 0xff, 0xff, 0x0a]), 'a.csv')
    expect(p.refused.map((x) => x.message)).toEqual(['无法识别文件的文字编码，请用 Excel 或 WPS 另存为 .xlsx 后再导入。'])
  })
})
