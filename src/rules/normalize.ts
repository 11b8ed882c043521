/**
 * Turns a value as received (typed in the chat, sent by a client) into the canonical stored value:
 * numbers as two-decimal strings (counts as integers), phones without spaces, cities with 市, text trimmed.
 * Refuses only what 暂存 refuses (unparseable); rounding comes back as a visible DECIMAL_ROUNDED note.
 */
import { assertNever, type Item, type NumberKind } from '../form'
import { parseNumber } from './decimal'
import { finding } from './emit'
import type { Finding } from './findings'
import { findCity } from './regions'
import { normalizePhone } from './valueRules'
import { shapeOk, YEAR_KEYS } from './values'

export type Normalized = { ok: true; value: unknown; notes: Finding[] } | { ok: false; findings: Finding[] }

export function normalizeValue(item: Item, raw: unknown): Normalized {
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
      const city = typeof raw.city === 'string' ? findCity(raw.city)?.name ?? raw.city.trim() : raw.city
      return shape({ ...raw, city, county: typeof raw.county === 'string' ? raw.county.trim() : raw.county })
    }
    case 'text':
    case 'date':
    case 'choice':
      return shape(typeof raw === 'string' ? raw.trim() : raw)
    case 'textBlock':
    case 'checklist':
    case 'itemList':
    case 'plan':
    case 'statement':
    case 'paperMark':
      return shape(raw)
    default:
      return assertNever(item)
  }
}
