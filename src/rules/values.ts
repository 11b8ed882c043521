/**
 * The stored shape of each item's answer, as zod schemas derived from the model. Numbers are canonical
 * decimal strings (see decimal.ts). Shapes are strict: an unknown key is a malformed answer, not ignored.
 */
import { z } from 'zod'
import { YEARS, assertNever, type Item } from '../form'

export const MAX_TEXT = 20000
/** Kinds whose stored value is one bounded string. */
const PLAIN_TEXT_KINDS: ReadonlySet<Item['kind']> = new Set(['text', 'phone', 'date', 'number', 'choice', 'textBlock'])
const str = z.string().max(MAX_TEXT)
const evidenceRefs = z.array(z.string().min(1).max(200)).max(50)

export const yearRowValue = z.object({ '2021': str.optional(), '2022': str.optional(), '2023': str.optional() }).strict()
export const regionValue = z.object({ city: str, county: str }).strict()
export const checklistValue = z
  .object({ ticked: z.array(z.string().max(100)).max(50), evidence: z.record(evidenceRefs).optional() })
  .strict()
export interface ListEntry {
  id: string
  fields: Record<string, string>
  evidence?: string[]
}

const isStringArray = (v: unknown, max: number, maxLen: number) =>
  Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length >= 1 && x.length <= maxLen)

/** A key a value may never carry: parsed JSON keeps it as an own key, and spreading it would set a prototype. */
const FORBIDDEN_KEY = '__proto__'

/**
 * A list may hold hundreds of entries (every patent); one hand-written guard inside z.custom checks the same
 * strict shape as z.array(z.object(...).strict()) without zod's per-element allocations (bench:
 * rules_full_check_us went from 2.6 ms to well under 1 ms). `fieldIds` are the list's printed columns.
 */
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

const MAX_ENTRIES = 2000
const entriesOf = (fieldIds?: ReadonlySet<string>) =>
  z.custom<ListEntry[]>((v) => Array.isArray(v) && v.length <= MAX_ENTRIES && v.every((e) => isListEntry(e, fieldIds)))
export const listEntries = entriesOf()
export const itemListValue = z.object({ none: z.boolean().optional(), entries: listEntries }).strict()
const roleCounts = z.object({ host: str.optional(), participate: str.optional() }).strict()
const categoryCounts = z.object({ 国际: roleCounts.optional(), 国家: roleCounts.optional(), 行业: roleCounts.optional(), 团体: roleCounts.optional() }).strict()
export const standardsValue = z.object({ '2021': categoryCounts.optional(), '2022': categoryCounts.optional(), '2023': categoryCounts.optional() }).strict()
const platformEntry = z.object({ name: str, evidence: evidenceRefs.optional() }).strict()
const platformTier = z.object({ count: str.optional(), entries: z.array(platformEntry).max(500) }).strict()
/** The general shapes (types); each item's schema (valueSchema) allows only its printed keys. */
export const platformsValue = z.record(platformTier)
export const countGroupValue = z.record(str)
export const indicatorRow = z.object({ direction: str, indicator: str, baseline: str, target: str }).strict()
export const planValue = z.object({ parts: z.record(str), indicators: z.array(indicatorRow).max(60) }).strict()

/** An object schema with exactly these optional keys (an unprinted tier, count or plan part is refused). */
const keysOf = <T extends z.ZodTypeAny>(ids: readonly string[], schema: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, schema.optional()])) as Record<string, z.ZodOptional<T>>).strict()

export type YearRowValue = z.infer<typeof yearRowValue>
export type RegionValue = z.infer<typeof regionValue>
export type ChecklistValue = z.infer<typeof checklistValue>
export type ItemListValue = z.infer<typeof itemListValue>
export type StandardsValue = z.infer<typeof standardsValue>
export type PlatformsValue = z.infer<typeof platformsValue>
export type CountGroupValue = z.infer<typeof countGroupValue>
export type PlanValue = z.infer<typeof planValue>

/** One stored answer: the value, the operator's explanation of a warning, evidence references (photos). */
export interface Answer {
  value: unknown
  explanation?: string
  evidence?: string[]
}

export type Answers = Readonly<Record<string, Answer | undefined>>

/**
 * Whether a stored value has the item's shape. Plain-text kinds are checked directly (their schema is a
 * bounded string) because this runs for every answer of every check; the rest go through zod.
 */
export function shapeOk(item: Item, value: unknown): boolean {
  return PLAIN_TEXT_KINDS.has(item.kind) ? typeof value === 'string' && value.length <= MAX_TEXT : valueSchema(item).safeParse(value).success
}

const SCHEMAS = new Map<string, z.ZodTypeAny>()

/** The zod schema of an item's stored value: strict, only the item's printed keys. Built once per item. */
export function valueSchema(item: Item): z.ZodTypeAny {
  let schema = SCHEMAS.get(item.id)
  if (schema === undefined) {
    schema = buildSchema(item)
    SCHEMAS.set(item.id, schema)
  }
  return schema
}

function buildSchema(item: Item): z.ZodTypeAny {
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'date':
    case 'number':
    case 'choice':
    case 'textBlock':
      return str
    case 'region':
      return regionValue
    case 'yearRow':
      return yearRowValue
    case 'checklist': {
      const ids = new Set(item.options.map((o) => o.id))
      return z.custom<ChecklistValue>((v) => isChecklist(v, ids))
    }
    case 'itemList':
      return z.object({ none: z.boolean().optional(), entries: entriesOf(new Set(item.fields.map((f) => f.id))) }).strict()
    case 'standardsMatrix':
      return standardsValue
    case 'platforms':
      return keysOf(item.tiers.map((t) => t.id), platformTier)
    case 'countGroup':
      return keysOf(item.counts.map((c) => c.id), str)
    case 'plan':
      return z.object({ parts: keysOf(item.parts.map((p) => p.id), str), indicators: z.array(indicatorRow).max(60) }).strict()
    case 'statement':
    case 'paperMark':
      return z.undefined()
    default:
      return assertNever(item)
  }
}

export const YEAR_KEYS = YEARS.map(String) as readonly ('2021' | '2022' | '2023')[]
