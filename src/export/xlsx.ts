/**
 * All answers as an .xlsx, one row per item (部分 | 栏目 | 填写内容 | 说明), for the county's own records. Written
 * directly as SpreadsheetML (ECMA-376 Part 1, §18: workbook, one worksheet, inline strings) and zipped with fflate
 * (the zip library the docx package already uses), so no spreadsheet library is needed.
 */
import { strToU8, zipSync } from 'fflate'
import { FORM } from '../form'
import type { Answers } from '../rules'
import { summaryText } from './summary'

export const XLSX_HEAD = ['部分', '栏目', '填写内容', '说明'] as const
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Rows in form order: every item answered on the app (mirrors and paper places have no row of their own). */
export function summaryRows(answers: Answers): string[][] {
  const rows: string[][] = []
  for (const section of FORM.sections) {
    for (const item of section.items) {
      if (item.mirrorOf !== undefined || item.kind === 'statement' || item.kind === 'paperMark') continue
      const label = item.group && !item.label.startsWith(item.group) ? `${item.group}：${item.label}` : item.label
      rows.push([section.title, label, summaryText(item, answers[item.id]), answers[item.id]?.explanation ?? ''])
    }
  }
  return rows
}

const esc = (s: string) =>
  s
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

const column = (i: number) => String.fromCharCode(65 + i)
const cellXml = (r: number, c: number, text: string) => `<c r="${column(c)}${r}" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`

function sheetXml(rows: string[][]): string {
  const body = rows.map((row, i) => `<row r="${i + 1}">${row.map((t, c) => cellXml(i + 1, c, t)).join('')}</row>`).join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<cols><col min="1" max="1" width="22" customWidth="1"/><col min="2" max="2" width="48" customWidth="1"/><col min="3" max="3" width="80" customWidth="1"/><col min="4" max="4" width="30" customWidth="1"/></cols>' +
    `<sheetData>${body}</sheetData></worksheet>`
  )
}

const FILES = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="申报表" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
}

export function exportXlsx(answers: Answers): Uint8Array {
  const files: Record<string, Uint8Array> = {}
  for (const [name, xml] of Object.entries(FILES)) files[name] = strToU8(xml)
  files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml([[...XLSX_HEAD], ...summaryRows(answers)]))
  return zipSync(files, { level: 6 })
}
