/**
 * The stored shape of each item's answer, as strict guards derived from the model. Numbers are canonical
 * decimal strings (see decimal.ts). Shapes are strict: an unknown key is a malformed answer, not ignored.
 * Written by hand rather than with zod (which the cloud functions use for events): the rule module runs on the
 * phone, and zod alone would be about 60 KB of the mini-program's main package (WeChat: 2 MB per package,
 * smaller packages start faster — developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html).
 */
import { YEARS, assertNever, type Item } from '../form'
import { MAX_LIST_ENTRIES } from './listParts'

export const MAX_TEXT = 20000
/** Kinds whose stored value is one bounded string. */
const PLAIN_TEXT_KINDS: ReadonlySet<Item['kind']> = new Set(['text', 'phone', 'date', 'number', 'choice', 'textBlock'])

/** Whether a value has a shape. */
export type Guard = (v: unknown) => boolean

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const str: Guard = (v) => typeof v === 'string' && v.length <= MAX_TEXT
const bool: Guard = (v) => typeof v === 'boolean'
const arrayOf = (each: Guard, max: number): Guard => (v) => Array.isArray(v) && v.length <= max && v.every(each)

/**
 * An object with exactly these keys, each optional unless `required`; any other own key (`__proto__`, which
 * JSON.parse keeps as an own key, included) makes the shape wrong. An optional key may hold `undefined`.
 */
function objectOf(fields: Readonly<Record<string, Guard>>, required: readonly string[] = []): Guard {
  return (v) => {
    if (!isRecord(v)) return false
    for (const key of Object.keys(v)) {
      if (!Object.prototype.hasOwnProperty.call(fields, key)) return false
      const x = v[key]
      if (x === undefined ? required.includes(key) : !fields[key](x)) return false
    }
    return required.every((key) => v[key] !== undefined)
  }
}

/** An object whose keys are exactly some of `ids` (an unprinted tier, count or plan part is refused). */
const keysOf = (ids: readonly string[], each: Guard): Guard => objectOf(Object.fromEntries(ids.map((id) => [id, each])))

export interface ListEntry {
  id: string
  fields: Record<string, string>
  evidence?: string[]
}

const isStringArray = (v: unknown, max: number, maxLen: number) =>
  Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length >= 1 && x.length <= maxLen)

/** A key a value may never carry: parsed JSON keeps it as an own key, and spreading it would set a prototype. */
const FORBIDDEN_KEY = '__proto__'

/** One list entry, strict: `fieldIds` are the list's printed columns. */
function isListEntry(v: unknown, fieldIds: ReadonlySet<string> | undefined): v is ListEntry {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const e = v as Record<string, unknown>
  for (const key in e) if (key !== 'id' && key !== 'fields' && key !== 'evidence') return false
  if (typeof e.id !== 'string' || e.id.length < 1 || e.id.length > 64) return false
  if (e.evidence !== undefined && !isStringArray(e.evidence, 50, 200)) return false
  const f = e.fields
  if (f === null || typeof f !== 'object' || Array.isArray(f)) return false
  for (const key in f) {
    if (key === FORBIDDEN_KEY || (fieldIds !== undefined && !fieldIds.has(key))) return false
    const x = (f as Record<string, unknown>)[key]
    if (typeof x !== 'string' || x.length > 20000) return false
  }
  return true
}

/**
 * The strict shape of a checklist, by hand for the same reason as list entries (17 checklists on every
 * check): `ticked` strings (an unknown option is OPTION_UNKNOWN, not a shape error) and evidence filed
 * only under the item's own options.
 */
function isChecklist(v: unknown, optionIds: ReadonlySet<string>): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const c = v as Record<string, unknown>
  for (const key in c) if (key !== 'ticked' && key !== 'evidence') return false
  if (!Array.isArray(c.ticked) || c.ticked.length > 50 || !c.ticked.every((t) => typeof t === 'string' && t.length <= 100)) return false
  if (c.evidence === undefined) return true
  const e = c.evidence
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return false
  for (const key in e) if (!optionIds.has(key) || !isStringArray((e as Record<string, unknown>)[key], 50, 200)) return false
  return true
}

const MAX_ENTRIES = MAX_LIST_ENTRIES
const entriesOf = (fieldIds?: ReadonlySet<string>): Guard => (v) => Array.isArray(v) && v.length <= MAX_ENTRIES && v.every((e) => isListEntry(e, fieldIds))
const evidenceRefs: Guard = (v) => isStringArray(v, 50, 200)
const roleCounts = objectOf({ host: str, participate: str })
const categoryCounts = objectOf({ 国际: roleCounts, 国家: roleCounts, 行业: roleCounts, 团体: roleCounts })
const standardsShape = objectOf({ '2021': categoryCounts, '2022': categoryCounts, '2023': categoryCounts })
const platformEntry = objectOf({ name: str, evidence: evidenceRefs }, ['name'])
const platformTier = objectOf({ count: str, entries: arrayOf(platformEntry, 500) }, ['entries'])
const indicatorRow = objectOf({ direction: str, indicator: str, baseline: str, target: str }, ['direction', 'indicator', 'baseline', 'target'])
const yearRowShape = objectOf({ '2021': str, '2022': str, '2023': str })
const regionShape = objectOf({ city: str, county: str }, ['city', 'county'])

export interface YearRowValue {
  '2021'?: string
  '2022'?: string
  '2023'?: string
}
export interface RegionValue {
  city: string
  county: string
}
export interface ChecklistValue {
  ticked: string[]
  evidence?: Record<string, string[]>
}
export interface ItemListValue {
  none?: boolean
  entries: ListEntry[]
}
type RoleCounts = { host?: string; participate?: string }
export type StandardsValue = Partial<Record<'2021' | '2022' | '2023', Partial<Record<'国际' | '国家' | '行业' | '团体', RoleCounts>>>>
export type PlatformsValue = Record<string, { count?: string; entries: { name: string; evidence?: string[] }[] }>
export type CountGroupValue = Record<string, string>
export interface PlanValue {
  parts: Record<string, string>
  indicators: { direction: string; indicator: string; baseline: string; target: string }[]
}

export type { Answer } from './answerShape'
import type { Answer } from './answerShape'

export type Answers = Readonly<Record<string, Answer | undefined>>

export { answerOf, MAX_EVIDENCE_REFS, MAX_EVIDENCE_REF_CHARS } from './answerShape'

/**
 * Whether a stored value has the item's shape. Plain-text kinds are checked directly (their shape is a
 * bounded string) because this runs for every answer of every check.
 */
export function shapeOk(item: Item, value: unknown): boolean {
  return PLAIN_TEXT_KINDS.has(item.kind) ? typeof value === 'string' && value.length <= MAX_TEXT : valueShape(item)(value)
}

const SHAPES = new Map<string, Guard>()

/** The guard of an item's stored value: strict, only the item's printed keys. Built once per item. */
export function valueShape(item: Item): Guard {
  let shape = SHAPES.get(item.id)
  if (shape === undefined) {
    shape = buildShape(item)
    SHAPES.set(item.id, shape)
  }
  return shape
}

function buildShape(item: Item): Guard {
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'date':
    case 'number':
    case 'choice':
    case 'textBlock':
      return str
    case 'region':
      return regionShape
    case 'yearRow':
      return yearRowShape
    case 'checklist': {
      const ids = new Set(item.options.map((o) => o.id))
      return (v) => isChecklist(v, ids)
    }
    case 'itemList':
      return objectOf({ none: bool, entries: entriesOf(new Set(item.fields.map((f) => f.id))) }, ['entries'])
    case 'standardsMatrix':
      return standardsShape
    case 'platforms':
      return keysOf(
        item.tiers.map((t) => t.id),
        platformTier
      )
    case 'countGroup':
      return keysOf(
        item.counts.map((c) => c.id),
        str
      )
    case 'plan':
      return objectOf({ parts: keysOf(item.parts.map((p) => p.id), str), indicators: arrayOf(indicatorRow, 60) }, ['parts', 'indicators'])
    case 'statement':
    case 'paperMark':
      return (v) => v === undefined
    default:
      return assertNever(item)
  }
}

export const YEAR_KEYS = YEARS.map(String) as readonly ('2021' | '2022' | '2023')[]
