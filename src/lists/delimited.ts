/**
 * CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes) and tab-separated text as copied from a
 * spreadsheet (Excel and WPS put tabs between cells and quote a cell that holds a line break or a tab).
 */
import type { RawRow, RawTable } from './table'

export function detectDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  return firstLine.includes('\t') ? '\t' : ','
}

export function parseDelimited(text: string, delimiter: ',' | '\t' = detectDelimiter(text)): RawTable {
  const rows: RawRow[] = []
  let cells: (string | undefined)[] = []
  let cell = ''
  let quoted = false
  let row = 1
  let startRow = 1
  const endCell = () => {
    cells.push(cell.trim() === '' ? undefined : cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    if (cells.some((c) => c !== undefined)) rows.push({ row: startRow, cells })
    cells = []
    startRow = row
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n') row++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell.trim() === '') {
      cell = ''
      quoted = true
    } else if (ch === delimiter) endCell()
    else if (ch === '\r' && body[i + 1] === '\n') continue
    else if (ch === '\n' || ch === '\r') {
      row++
      endRow()
    } else cell += ch
  }
  endRow()
  return { ok: true, rows }
}
