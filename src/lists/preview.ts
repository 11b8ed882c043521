/**
 * A parsed table → a preview of what an import would store: each data row is read into a list entry and goes
 * through the same rule module as an entry typed in the chat (number formats, dates, options, duplicates).
 * Nothing is stored here; the caller stores `entries` only when the user confirms.
 */
import { assertNever, type ItemListItem, type ListField } from '../form'
import { CURRENT_ROUND, normalizeDate, ruleMessage, valueFindings, type RulesConfig } from '../rules'
import { exampleRow, expectedHeader, headerKey } from './columns'
import { MAX_ROWS, columnName, problem, type ImportProblem } from './messages'
import type { RawRow, RawTable } from './table'
import { MAX_LIST_ENTRIES } from '../rules/listParts'

export { MAX_LIST_ENTRIES }

export interface ListEntryValue {
  id: string
  fields: Record<string, string>
  evidence?: string[]
}

export type ImportMode = 'replace' | 'append'

export interface ImportPreview {
  itemId: string
  label: string
  /** Data rows (not counting the header and empty rows). */
  total: number
  /** Rows that pass every check, in file order: what 替换 stores. */
  entries: ListEntryValue[]
  /** Of `entries`, those that do not repeat an entry already in the list: what 追加 adds. */
  appendEntries: ListEntryValue[]
  /** Row problems, by row; the rows named here are not imported. */
  problems: ImportProblem[]
  /** Rows that 追加 would skip because the list already holds them. */
  appendSkipped: ImportProblem[]
  /** A file-level refusal (wrong columns, too many rows …): nothing can be imported. */
  refused: ImportProblem[]
  emptyRowsSkipped: number
  /** The template's example row, when it was left in the file. */
  exampleSkipped: number
  summary: string
}

export interface PreviewOptions {
  existing: readonly ListEntryValue[]
  now: Date
  newId: () => string
  config?: RulesConfig
}

function cellValue(field: ListField, raw: string): string {
  const text = raw.trim()
  switch (field.kind) {
    case 'text':
    case 'choice':
      return text
    case 'year': {
      const m = /^((?:19|20)\d{2})(?:\.0+|年)?$/.exec(text.normalize('NFKC'))
      return m ? m[1] : text
    }
    case 'date':
      return normalizeDate(text) ?? text
    case 'count':
      return text.normalize('NFKC')
    default:
      return assertNever(field.kind)
  }
}

interface Mapping {
  header: RawRow
  /** field id per cell index */
  byIndex: (ListField | undefined)[]
}

function mapHeader(item: ItemListItem, header: RawRow): { ok: true; mapping: Mapping } | { ok: false; problems: ImportProblem[] } {
  const expected = expectedHeader(item)
  const byKey = new Map(item.fields.map((f) => [headerKey(f.label), f]))
  const problems: ImportProblem[] = []
  const byIndex: (ListField | undefined)[] = []
  const seen = new Set<string>()
  header.cells.forEach((cell, i) => {
    if (cell === undefined) return
    const column = columnName(i + 1)
    const field = byKey.get(headerKey(cell))
    if (!field) {
      problems.push(problem('UNKNOWN_COLUMN', { row: header.row, column, header: cell.trim(), label: item.label, expected }, { row: header.row, column }))
      return
    }
    if (seen.has(field.id)) {
      problems.push(problem('DUPLICATE_COLUMN', { row: header.row, column, header: cell.trim() }, { row: header.row, column }))
      return
    }
    seen.add(field.id)
    byIndex[i] = field
  })
  for (const f of item.fields) {
    if (f.required && !seen.has(f.id)) problems.push(problem('MISSING_COLUMN', { field: f.label, expected }, { field: f.label }))
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping: { header, byIndex } }
}

function refusedPreview(item: ItemListItem, problems: ImportProblem[]): ImportPreview {
  return {
    itemId: item.id,
    label: item.label,
    total: 0,
    entries: [],
    appendEntries: [],
    problems: [],
    appendSkipped: [],
    refused: problems,
    emptyRowsSkipped: 0,
    exampleSkipped: 0,
    summary: `无法导入：${problems.map((p) => p.message).join('')}`
  }
}

/** Rows above the header that may hold a title or notes. */
const TITLE_ROWS = 5

/** Shown in the chat: the counts and the first problems; the full list is in `problems`. */
export const SUMMARY_PROBLEMS = 3

function summaryOf(total: number, importable: number, problems: ImportProblem[]): string {
  const head = `共 ${total} 行，${importable} 行可导入`
  if (problems.length === 0) return `${head}。`
  const rows = new Set(problems.map((p) => p.row)).size
  const shown = problems.slice(0, SUMMARY_PROBLEMS).map((p) => p.message.replace(/。$/, ''))
  return `${head}，${rows} 行有问题：${shown.join('；')}${problems.length > SUMMARY_PROBLEMS ? `；另有 ${problems.length - SUMMARY_PROBLEMS} 处问题` : ''}。`
}

export function buildPreview(item: ItemListItem, table: RawTable, options: PreviewOptions): ImportPreview {
  if (!table.ok) return refusedPreview(item, table.problems)
  if (table.rows.length === 0) return refusedPreview(item, [problem('NO_HEADER', { expected: expectedHeader(item) })])
  // A title or a note above the header (often merged across the columns) is skipped: the header is the first
  // of the top rows that names one of the printed columns; without one, the first row is read as the header.
  const keys = new Set(item.fields.map((f) => headerKey(f.label)))
  const at = table.rows.slice(0, TITLE_ROWS + 1).findIndex((r) => r.cells.some((c) => c !== undefined && keys.has(headerKey(c))))
  // Rows copied without their header (the usual paste) are read in the printed column order, when no row is
  // wider than the list.
  const headerless = at < 0 && table.rows.every((r) => r.cells.length <= item.fields.length)
  let byIndex: (ListField | undefined)[]
  let data: RawRow[]
  if (headerless) {
    byIndex = [...item.fields]
    data = table.rows
  } else {
    const mapped = mapHeader(item, table.rows[Math.max(0, at)])
    if (!mapped.ok) return refusedPreview(item, mapped.problems)
    byIndex = mapped.mapping.byIndex
    data = table.rows.slice(Math.max(0, at) + 1)
  }
  const nonEmpty = data.filter((r) => byIndex.some((f, i) => f !== undefined && r.cells[i] !== undefined))
  const emptyRowsSkipped = data.length - nonEmpty.length
  // The template's example row, left in place, is not an entry.
  const example = exampleRow(item)
  const isExample = (r: RawRow) => byIndex.every((f, i) => f === undefined || (r.cells[i] ?? '').trim() === example[f.id])
  const rows = nonEmpty.filter((r) => !isExample(r))
  const exampleSkipped = nonEmpty.length - rows.length
  if (rows.length === 0) return refusedPreview(item, [problem('NO_ROWS', {})])
  if (rows.length > MAX_ROWS) return refusedPreview(item, [problem('TOO_MANY_ROWS', { rows: rows.length })])

  const problems: ImportProblem[] = []
  const candidates: { row: number; entry: ListEntryValue }[] = []
  for (const r of rows) {
    if (r.problems && r.problems.length > 0) {
      problems.push(...r.problems)
      continue
    }
    const fields: Record<string, string> = {}
    byIndex.forEach((f, i) => {
      const raw = r.cells[i]
      if (f && raw !== undefined && raw.trim() !== '') fields[f.id] = cellValue(f, raw)
    })
    candidates.push({ row: r.row, entry: { id: options.newId(), fields } })
  }

  const ctx = { config: options.config ?? CURRENT_ROUND, now: options.now }
  const rowOf = (index: number) => candidates[index]?.row ?? index + 1
  const labelOf = (fieldId: string) => item.fields.find((f) => f.id === fieldId)?.label ?? fieldId
  const columnOf = (fieldId: string) => columnName(byIndex.findIndex((f) => f?.id === fieldId) + 1)
  const bad = new Set<number>()
  const findings = valueFindings(item, { value: { entries: candidates.map((c) => c.entry) } }, ctx)
  for (const f of findings) {
    const m = f.severity === 'error' && f.path ? /^entries\.(\d+)\.(\w+)$/.exec(f.path) : null
    if (!m) continue
    const index = Number(m[1])
    const row = rowOf(index)
    const params = { ...f.params, index: row, ...(typeof f.params.first === 'number' ? { first: rowOf(f.params.first - 1) } : {}) }
    const field = labelOf(m[2])
    // Every number names the spreadsheet's row (what the operator sees in Excel/WPS), so the rule's “第 N 条” reads “第 N 行”.
    const rule = ruleMessage(f.code, params).replace(/第 ?(\d+) ?条/g, '第 $1 行')
    problems.push(problem('ROW_RULE', { row, field, rule, code: f.code }, { row, column: columnOf(m[2]), field }))
    bad.add(index)
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  const good = candidates.filter((_, i) => !bad.has(i))
  const entries = good.map((c) => c.entry)

  // 追加: the same duplicate rule over the list as it would be after appending.
  const appendSkipped: ImportProblem[] = []
  const skip = new Set<number>()
  if (options.existing.length > 0 && entries.length > 0) {
    const combined = [...options.existing, ...entries]
    const n = options.existing.length
    for (const f of valueFindings(item, { value: { entries: combined } }, ctx)) {
      const m = f.code === 'LIST_DUPLICATE' && f.path ? /^entries\.(\d+)\.(\w+)$/.exec(f.path) : null
      const first = Number(f.params.first) - 1
      if (!m || Number(m[1]) < n || first >= n) continue
      const at = Number(m[1]) - n
      const row = good[at].row
      const field = labelOf(m[2])
      skip.add(at)
      appendSkipped.push(problem('DUPLICATE_OF_EXISTING', { row, field, existing: first + 1, value: String(f.params.value ?? '') }, { row, column: columnOf(m[2]), field }))
    }
  }
  const appendEntries = entries.filter((_, i) => !skip.has(i))
  return {
    itemId: item.id,
    label: item.label,
    total: rows.length,
    entries,
    appendEntries,
    problems,
    appendSkipped,
    refused: [],
    emptyRowsSkipped,
    exampleSkipped,
    summary:
      (headerless ? `未找到表头，已按“${expectedHeader(item)}”的顺序读取各列。` : '') +
      summaryOf(rows.length, entries.length, problems) +
      (exampleSkipped > 0 ? '模板中的示例行未计入。' : '')
  }
}

/**
 * The list 替换 or 追加 would store, or why it cannot: a list holds at most MAX_LIST_ENTRIES entries. Lists are
 * stored entry by entry (src/rules/listParts.ts), so the size of the whole list is no limit of one call.
 */
export function importedValue(
  item: ItemListItem,
  preview: ImportPreview,
  mode: ImportMode,
  existing: readonly ListEntryValue[]
): { ok: true; value: { entries: ListEntryValue[] } } | { ok: false; problem: ImportProblem } {
  const entries = mode === 'replace' ? preview.entries : [...existing, ...preview.appendEntries]
  if (entries.length > MAX_LIST_ENTRIES) return { ok: false, problem: problem('TOO_MANY_ENTRIES', { label: item.label, max: MAX_LIST_ENTRIES, count: entries.length }) }
  return { ok: true, value: { entries } }
}
