/**
 * Turns a value as received (typed in the chat, sent by a client) into the canonical stored value:
 * numbers as two-decimal strings (counts as integers), phones without spaces, cities with 市, text trimmed.
 * Refuses only what 暂存 refuses (unparseable); rounding comes back as a visible DECIMAL_ROUNDED note.
 */
import { assertNever, type Item, type NumberKind } from '../form'
import { parseNumber } from './decimal'
import { finding } from './emit'
import type { Finding } from './findings'
import { normalizeDate } from './dates'
import { findCity, resolveDivision } from './regions'
import { normalizePhone } from './valueRules'
import { shapeOk, YEAR_KEYS } from './values'

export type Normalized = { ok: true; value: unknown; notes: Finding[] } | { ok: false; findings: Finding[] }

/** List entries as stored: dates as YYYY-MM-DD, years without 年, every field trimmed. */
function listEntry(item: Extract<Item, { kind: 'itemList' }>, entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry
  const fields = (entry as { fields?: unknown }).fields
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return entry
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
    if (typeof v !== 'string') {
      out[k] = v
      continue
    }
    const kind = item.fields.find((f) => f.id === k)?.kind
    const t = v.trim()
    out[k] = kind === 'date' ? normalizeDate(t) ?? t : kind === 'year' ? t.normalize('NFKC').replace(/^(\d{4})\s*年$/, '$1') : t
  }
  return { ...(entry as object), fields: out }
}

/** Whether a parsed value carries a `__proto__` key anywhere (copying it would change a prototype, not a key). */
function hasProtoKey(v: unknown, depth = 0): boolean {
  if (v === null || typeof v !== 'object' || depth > 6) return false
  if (Object.prototype.hasOwnProperty.call(v, '__proto__')) return true
  for (const x of Object.values(v as object)) if (hasProtoKey(x, depth + 1)) return true
  return false
}

export function normalizeValue(item: Item, raw: unknown): Normalized {
  if (hasProtoKey(raw)) return { ok: false, findings: [finding('VALUE_SHAPE', 'error', [item.id], { label: item.label })] }
  const notes: Finding[] = []
  const problems: Finding[] = []

  const num = (v: unknown, kind: NumberKind, label: string, path?: string): unknown => {
    if (typeof v === 'string' && v.trim() === '') return v.trim()
    let r = parseNumber(v, kind)
    const at = path === undefined ? {} : { path }
    if (!r.ok && r.code === 'NUMBER_NEGATIVE') {
      // A negative amount parses; 暂存 keeps it and 保存 refuses it with NUMBER_NEGATIVE.
      const signed = parseNumber(v, 'rate')
      if (signed.ok) r = kind === 'count' ? { ...signed, value: signed.value.replace(/\.00$/, '') } : signed
    }
    if (!r.ok) {
      problems.push(finding(r.code, 'error', [item.id], { label, example: kind === 'count' ? '12' : '118.36', unit: '' }, at))
      return v
    }
    if (r.rounded) notes.push(finding('DECIMAL_ROUNDED', 'info', [item.id], { label, from: r.rounded.from, to: r.rounded.to }, at))
    return r.value
  }
  const shape = (v: unknown): Normalized =>
    shapeOk(item, v) ? { ok: true, value: v, notes } : { ok: false, findings: [finding('VALUE_SHAPE', 'error', [item.id], { label: item.label })] }
  const done = (v: unknown): Normalized => (problems.length > 0 ? { ok: false, findings: problems } : shape(v))
  const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v)

  switch (item.kind) {
    case 'number':
      return done(num(raw, item.numberKind, item.label))
    case 'yearRow': {
      if (!isObject(raw)) return shape(raw)
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(raw)) out[k] = YEAR_KEYS.includes(k as '2021') ? num(v, item.numberKind, `${k}年${item.label}`, k) : v
      return done(out)
    }
    case 'standardsMatrix': {
      if (!isObject(raw)) return shape(raw)
      const out = JSON.parse(JSON.stringify(raw)) as Record<string, Record<string, Record<string, unknown>>>
      for (const [y, cats] of Object.entries(out)) {
        if (!isObject(cats)) continue
        for (const [c, roles] of Object.entries(cats)) {
          if (!isObject(roles)) continue
          for (const r of Object.keys(roles)) roles[r] = num(roles[r], 'count', `${y}年${c}标准`, `${y}.${c}.${r}`)
        }
      }
      return done(out)
    }
    case 'countGroup': {
      if (!isObject(raw)) return shape(raw)
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(raw)) out[k] = num(v, 'count', item.counts.find((c) => c.id === k)?.label ?? k, k)
      return done(out)
    }
    case 'platforms': {
      if (!isObject(raw)) return shape(raw)
      const out = JSON.parse(JSON.stringify(raw)) as Record<string, Record<string, unknown>>
      for (const [tier, t] of Object.entries(out)) if (isObject(t) && t.count !== undefined) t.count = num(t.count, 'count', `${tier}·数量`, `${tier}.count`)
      return done(out)
    }
    case 'phone':
      return shape(typeof raw === 'string' ? normalizePhone(raw) : raw)
    case 'region': {
      if (!isObject(raw)) return shape(raw)
      const found = typeof raw.city === 'string' ? findCity(raw.city) : undefined
      const city = found?.name ?? (typeof raw.city === 'string' ? raw.city.trim() : raw.city)
      const county = typeof raw.county !== 'string' ? raw.county : (found && resolveDivision(found, raw.county)) ?? raw.county.trim()
      return shape({ ...raw, city, county })
    }
    case 'date':
      return shape(typeof raw === 'string' ? normalizeDate(raw) ?? raw.trim() : raw)
    case 'itemList':
      return shape(isObject(raw) && Array.isArray(raw.entries) ? { ...raw, entries: raw.entries.map((e: unknown) => listEntry(item, e)) } : raw)
    case 'text':
    case 'choice':
      return shape(typeof raw === 'string' ? raw.trim() : raw)
    case 'textBlock':
    case 'checklist':
    case 'plan':
    case 'statement':
    case 'paperMark':
      return shape(raw)
    default:
      return assertNever(item)
  }
}
