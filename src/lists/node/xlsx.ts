/**
 * An .xlsx workbook → a RawTable from its first worksheet, with exceljs. Merged cells, formulas and error
 * values are reported with their row and column: a merged cell has one value for several rows, and a formula's
 * cached result may be stale (exceljs reads the result Excel last saved), so both are refused rather than guessed.
 */
import ExcelJS from 'exceljs'
import { MAX_ROWS, columnName, problem, type ImportProblem } from '../messages'
import type { RawRow, RawTable } from '../table'
import { MAX_UNPACKED_BYTES, unpackedSize } from './zipGuard'

const pad = (n: number) => String(n).padStart(2, '0')

/** Excel dates have no time zone: exceljs returns them as UTC midnight, so read the UTC parts. */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)))
}

type CellRead = { text?: string; problem?: ImportProblem }

function readCell(cell: ExcelJS.Cell, row: number, col: number): CellRead {
  const at = { row, column: columnName(col) }
  const v = cell.value
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return {}
    case ExcelJS.ValueType.Number:
      return { text: numberText(v as number) }
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return { text: String(v) }
    case ExcelJS.ValueType.Date:
      return { text: dateText(v as Date) }
    case ExcelJS.ValueType.Boolean:
      return { text: v ? 'TRUE' : 'FALSE' }
    case ExcelJS.ValueType.RichText:
      return { text: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') }
    case ExcelJS.ValueType.Hyperlink: {
      const h = v as ExcelJS.CellHyperlinkValue
      return { text: typeof h.text === 'string' ? h.text : String(h.hyperlink) }
    }
    case ExcelJS.ValueType.Formula:
      return { problem: problem('FORMULA_CELL', at, at) }
    case ExcelJS.ValueType.Error:
      return { problem: problem('ERROR_CELL', { ...at, value: (v as ExcelJS.CellErrorValue).error }, at) }
    default:
      return { text: cell.text }
  }
}

/** Top-left corner and extent of each merge, e.g. "A3:A5". */
function merges(ws: ExcelJS.Worksheet): { top: number; left: number; bottom: number; right: number; range: string }[] {
  const ranges = (ws.model as unknown as { merges?: string[] }).merges ?? []
  return ranges.map((range) => {
    const [a, b] = range.split(':')
    const tl = ws.getCell(a)
    const br = ws.getCell(b ?? a)
    return { top: Number(tl.row), left: Number(tl.col), bottom: Number(br.row), right: Number(br.col), range }
  })
}

export async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const unpacked = unpackedSize(bytes)
  if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) return { ok: false, problems: [problem('XLSX_UNPACKED_TOO_LARGE', { mb: MAX_UNPACKED_BYTES / 1024 / 1024 })] }
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    return { ok: false, problems: [problem('XLSX_DAMAGED', {})] }
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0]
  if (!ws) return { ok: false, problems: [problem('NO_SHEET', {})] }
  if (ws.actualRowCount > MAX_ROWS + 1) return { ok: false, problems: [problem('TOO_MANY_ROWS', { rows: ws.actualRowCount - 1 })] }
  const rows = new Map<number, RawRow>()
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: (string | undefined)[] = []
    const problems: ImportProblem[] = []
    r.eachCell({ includeEmpty: false }, (cell, col) => {
      const read = readCell(cell, rowNumber, col)
      if (read.problem) problems.push(read.problem)
      else if (read.text !== undefined && read.text.trim() !== '') cells[col - 1] = read.text
    })
    rows.set(rowNumber, { row: rowNumber, cells, ...(problems.length > 0 ? { problems } : {}) })
  })
  for (const m of merges(ws)) {
    for (let r = m.top; r <= m.bottom; r++) {
      const at = { row: r, column: columnName(m.left) }
      const existing: RawRow = rows.get(r) ?? { row: r, cells: [] }
      existing.problems = [...(existing.problems ?? []), problem('MERGED_CELLS', { ...at, range: m.range }, at)]
      // A merged row with no text of its own still needs its problem reported.
      if (!existing.cells.some((c) => c !== undefined)) existing.cells[m.left - 1] = '（合并单元格）'
      rows.set(r, existing)
    }
  }
  return { ok: true, rows: [...rows.values()].sort((a, b) => a.row - b.row) }
}
