/**
 * Rules over a whole itemised list: document numbers in their format (policy.md §4), the number against the
 * entry's own 类型/类别, and duplicates. Which field of which list holds what is one table (LIST_SPECS), so
 * the form model stays pure data about the printed cells.
 */
import type { ItemListItem } from '../form'
import { finding } from './emit'
import type { Finding } from './findings'
import { compactCode, parsePatentNumber, parseStandardNumber, type PatentKind } from './numberFormats'
import type { ListEntry } from './values'

interface ListSpec {
  /** A document number to read, and the field it must agree with. */
  number?: { field: string; format: 'patent'; typeField: string } | { field: string; format: 'standard'; categoryField: string }
  /** The entry identity for duplicates, and the field where a duplicate is reported. */
  duplicate: { field: string; key: (f: Record<string, string>) => string | undefined }
}

const text = (v: string | undefined) => (v === undefined ? undefined : v.replace(/[\s\u3000]+/g, '') || undefined)

function patentKey(v: string | undefined): string | undefined {
  if (v === undefined) return undefined
  const p = parsePatentNumber(v)
  return p.ok ? p.key : text(compactCode(v))
}

function standardKey(v: string | undefined): string | undefined {
  if (v === undefined) return undefined
  const s = parseStandardNumber(v)
  return s.ok ? s.canonical : text(v.toUpperCase())
}

export const LIST_SPECS: Readonly<Record<string, ListSpec>> = {
  's3.patentList': {
    number: { field: 'number', format: 'patent', typeField: 'type' },
    duplicate: { field: 'number', key: (f) => patentKey(f.number) }
  },
  's3.standardsList': {
    number: { field: 'code', format: 'standard', categoryField: 'category' },
    duplicate: { field: 'code', key: (f) => standardKey(f.code) }
  },
  's5.greenList': {
    duplicate: { field: 'name', key: (f) => (text(f.name) ? `${f.category}|${text(f.name)}|${f.level}` : undefined) }
  },
  's6.branchList': {
    duplicate: { field: 'name', key: (f) => (text(f.name) ? `${text(f.enterprise)}|${text(f.name)}` : undefined) }
  }
}

/** The list's 类型 under which a ZL number is read as a patent number (the other types have other certificates). */
const PATENT_TYPE = '发明专利'
const KIND_NAME: Record<PatentKind, string> = { invention: '发明专利', utility: '实用新型专利', design: '外观设计专利' }

/** Checks the entry's document number; returns its identity for the duplicate check when it could read it. */
function numberFindings(out: Finding[], item: ItemListItem, spec: NonNullable<ListSpec['number']>, entry: ListEntry, i: number, thisYear: number): string | undefined {
  const raw = entry.fields[spec.field]
  if (raw === undefined) return undefined
  const value = raw.trim()
  if (value === '') return undefined // LIST_ENTRY_INCOMPLETE says so
  // Runs for every entry of long lists: the finding's parts are built only when there is a finding.
  const at = () => ({ path: `entries.${i}.${spec.field}` })
  const base = () => ({ label: item.label, index: i + 1, value })
  const future = (year: number) => {
    if (year <= thisYear) return
    const field = item.fields.find((f) => f.id === spec.field)?.label ?? spec.field
    out.push(finding('LIST_YEAR_IN_FUTURE', 'error', [item.id], { ...base(), field, year, thisYear }, at()))
  }
  if (spec.format === 'patent') {
    const p = parsePatentNumber(value)
    if (!p.ok && p.reason === 'pct') {
      out.push(finding('PATENT_PCT_IN_LIST', 'error', [item.id], base(), at()))
      return undefined
    }
    const key = p.ok ? p.key : undefined
    if (entry.fields[spec.typeField] !== PATENT_TYPE) return key
    if (!p.ok) {
      if (p.reason === 'checkDigit') out.push(finding('PATENT_CHECK_DIGIT', 'error', [item.id], { ...base(), expected: p.expected }, at()))
      else out.push(finding('PATENT_NUMBER_INVALID', 'error', [item.id], base(), at()))
      return undefined
    }
    if (p.kind !== 'invention') {
      out.push(finding('PATENT_TYPE_MISMATCH', 'error', [item.id], { ...base(), kind: KIND_NAME[p.kind], digit: p.typeDigit, type: PATENT_TYPE }, at()))
    }
    future(p.year)
    return key
  }
  const s = parseStandardNumber(value)
  if (!s.ok) {
    out.push(finding(s.reason === 'noYear' ? 'STANDARD_YEAR_MISSING' : 'STANDARD_NUMBER_INVALID', 'error', [item.id], base(), at()))
    return undefined
  }
  future(s.year)
  if (s.family === '地方') {
    out.push(finding('STANDARD_LOCAL_NO_COLUMN', 'error', [item.id], base(), at()))
    return s.canonical
  }
  // An unprinted 类别 is OPTION_UNKNOWN already; compare only a printed one.
  const category = entry.fields[spec.categoryField]
  if (category !== undefined && category !== s.family && (item.fields.find((f) => f.id === spec.categoryField)?.options ?? []).includes(category)) {
    out.push(finding('STANDARD_CATEGORY_MISMATCH', 'error', [item.id], { ...base(), family: s.family, category }, { path: `entries.${i}.${spec.categoryField}` }))
  }
  return s.canonical
}

/** Number formats and duplicates for a list's entries; `thisYear` from the injected clock. */
export function listFindings(out: Finding[], item: ItemListItem, entries: readonly ListEntry[], thisYear: number): void {
  const spec = LIST_SPECS[item.id]
  if (!spec) return
  const seen = new Map<string, number>()
  const dupLabel = item.fields.find((f) => f.id === spec.duplicate.field)?.label ?? spec.duplicate.field
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]
    const parsedKey = spec.number ? numberFindings(out, item, spec.number, entry, i, thisYear) : undefined
    const key = parsedKey ?? spec.duplicate.key(entry.fields)
    if (key === undefined) continue
    const first = seen.get(key)
    if (first === undefined) seen.set(key, i)
    else {
      out.push(
        finding(
          'LIST_DUPLICATE',
          'error',
          [item.id],
          { label: item.label, index: i + 1, first: first + 1, field: dupLabel, value: (entry.fields[spec.duplicate.field] ?? '').trim() },
          { path: `entries.${i}.${spec.duplicate.field}` }
        )
      )
    }
  }
}
