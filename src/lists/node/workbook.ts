/**
 * Writing lists as .xlsx: the template (printed columns, one example row, a dropdown where the column is a
 * choice) and the export of a stored list, so a colleague can correct it on a computer and import it again.
 * Dropdowns are Excel list validations (ECMA-376 Part 1, §18.3.1.32 dataValidation): the inline list must stay
 * under 255 characters, which every printed option list does.
 */
import ExcelJS from 'exceljs'
import type { ItemListItem } from '../../form'
import { exampleRow } from '../columns'
import { MAX_ROWS, columnName } from '../messages'
import type { ListEntryValue } from '../preview'

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
const sheetName = (label: string) => label.replace(/[[\]:*?/\\]/g, '').slice(0, 31)

function sheetFor(item: ItemListItem): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook()
  wb.creator = '集群申报助手'
  const ws = wb.addWorksheet(sheetName(item.label))
  ws.addRow(item.fields.map((f) => f.label))
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  item.fields.forEach((f, i) => {
    ws.getColumn(i + 1).width = Math.max(12, f.label.length * 2 + 4)
    // Numbers such as patent numbers and years must stay text: Excel would drop “ZL” formats or show 2.02E+11.
    ws.getColumn(i + 1).numFmt = '@'
    if (f.kind === 'choice' && f.options) {
      const col = columnName(i + 1)
      // exceljs 4.4 has Worksheet.dataValidations (lib/doc/data-validations.js) but its typings omit it.
      ;(ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${col}2:${col}${MAX_ROWS + 1}`, {
        type: 'list',
        allowBlank: !f.required,
        formulae: [`"${f.options.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: f.label,
        error: `请从下拉列表中选择：${f.options.join('、')}`
      })
    }
  })
  return { wb, ws }
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function templateXlsx(item: ItemListItem): Promise<Buffer> {
  const { wb, ws } = sheetFor(item)
  const example = exampleRow(item)
  ws.addRow(item.fields.map((f) => example[f.id] ?? ''))
  return bytesOf(wb)
}

export async function exportXlsx(item: ItemListItem, entries: readonly ListEntryValue[]): Promise<Buffer> {
  const { wb, ws } = sheetFor(item)
  for (const e of entries) ws.addRow(item.fields.map((f) => e.fields[f.id] ?? ''))
  return bytesOf(wb)
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
