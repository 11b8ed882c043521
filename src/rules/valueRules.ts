/**
 * Rules about one item's value on its own (issue 3 “value rules”): required, numbers, text length and
 * characters, formats, options, lists. Cross-item rules live in crossRules.ts.
 */
import { assertNever, qualifiedLabel, type Item, type ListField, type NumberKind } from '../form'
import type { RulesConfig } from './config'
import { parseNumber, type NumberParse } from './decimal'
import { finding } from './emit'
import type { Finding, RuleCode } from './findings'
import { isValidDate, normalizeDate, shanghaiDate } from './dates'
import { listFindings } from './listRules'
import type { NoneAnswer } from './messages'
import { checkClusterName, looksLikeBuilder } from './names'
import { findCity, resolveDivision } from './regions'
import { countChars, hasControlChars, isBlank, isNone } from './text'
import {
  YEAR_KEYS,
  shapeOk,
  type Answer,
  type ChecklistValue,
  type CountGroupValue,
  type ItemListValue,
  type PlanValue,
  type PlatformsValue,
  type RegionValue,
  type StandardsValue,
  type YearRowValue
} from './values'

/** What 暂存 refuses: only what cannot be parsed or stored as given. */
export const DRAFT_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'VALUE_SHAPE',
  'NUMBER_INVALID',
  'NUMBER_TOO_LARGE',
  'COUNT_NOT_INTEGER',
  'TEXT_CONTROL_CHARS',
  'OPTION_UNKNOWN',
  'DECIMAL_ROUNDED'
])

export interface ValueContext {
  config: RulesConfig
  now: Date
}

const EXAMPLE: Record<NumberKind, string> = { amount: '118.36', share: '72.50', rate: '12.40', count: '12', ratio: '3.25' }

type Out = Finding[]

function numberFindings(out: Out, item: Item, kind: NumberKind, unit: string, raw: unknown, path?: string, label = qualifiedLabel(item)): NumberParse {
  const r = parseNumber(raw, kind)
  const at = path === undefined ? {} : { path }
  if (!r.ok) {
    const severity = 'error'
    out.push(finding(r.code, severity, [item.id], { label, example: EXAMPLE[kind], unit }, at))
    return r
  }
  if (r.rounded) out.push(finding('DECIMAL_ROUNDED', 'info', [item.id], { label, from: r.rounded.from, to: r.rounded.to }, at))
  return r
}

function rangeFindings(out: Out, item: Item, kind: NumberKind, value: string, ctx: ValueContext, path?: string): void {
  const n = Number(value)
  const at = path === undefined ? {} : { path }
  const unit = (item.kind === 'number' || item.kind === 'yearRow') && kind === 'amount' ? item.unit : undefined
  if (unit === '亿元' || unit === '万元') {
    const { max, likely } = ctx.config.amountMax[unit]
    if (n > max) out.push(finding('AMOUNT_UNIT_SUSPECT', 'warning', [item.id], { label: path ? `${path}年${qualifiedLabel(item)}` : qualifiedLabel(item), value, unit, max, likely }, at))
  }
  if (kind === 'share' && n > 100) out.push(finding('SHARE_OUT_OF_RANGE', 'error', [item.id], { label: qualifiedLabel(item), value }, at))
  const { min, max } = ctx.config.plausibleRate
  if (kind === 'rate' && (n < min || n > max)) {
    out.push(finding('RATE_IMPLAUSIBLE', 'warning', [item.id], { label: qualifiedLabel(item), value, min, max }, at))
  }
}

/** How “nothing to report” is answered in this kind of cell (see NoneAnswer in messages.ts). */
function noneAnswer(item: Item): NoneAnswer {
  switch (item.kind) {
    case 'text':
      return item.format === 'plain' ? 'none' : 'fill'
    case 'textBlock':
      return 'none'
    case 'number':
    case 'yearRow':
      // Only a count is 0 when there is nothing: an amount, share or rate of 0 is a figure to be typed, not a default.
      return item.numberKind === 'count' ? 'zero' : 'number'
    case 'standardsMatrix':
    case 'platforms':
    case 'countGroup':
      return 'zero'
    case 'itemList':
      return 'list'
    case 'choice':
      return 'choose'
    case 'checklist':
      return 'tick'
    case 'phone':
    case 'date':
    case 'region':
    case 'plan':
    case 'statement':
    case 'paperMark':
      return 'fill'
    default:
      return assertNever(item)
  }
}

function required(out: Out, item: Item, how: NoneAnswer = noneAnswer(item), path?: string, label = qualifiedLabel(item)): void {
  out.push(finding('REQUIRED_MISSING', 'error', [item.id], { label, how }, path === undefined ? {} : { path }))
}

function textFindings(out: Out, item: Item, text: string, max: number, lineBreaks: boolean, path?: string, label = qualifiedLabel(item)): void {
  const at = path === undefined ? {} : { path }
  if (hasControlChars(text, lineBreaks)) {
    out.push(finding('TEXT_CONTROL_CHARS', 'error', [item.id], { label }, at))
    return
  }
  // A person's count never exceeds UTF-16 length, so short texts need no counting (hot for long lists).
  if (text.length <= max) return
  const count = countChars(text.trim())
  if (count > max) out.push(finding('TEXT_TOO_LONG', 'error', [item.id], { label, max, count, over: count - max }, at))
}

/** Mobile, or landline with area code and an optional extension (stored as 0632-5512306-801). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/

/**
 * The stored form of a phone number: half-width, no spaces or brackets, any dash (— – －) as “-”, an
 * extension written 转801 / 分机801 / ext.801 as “-801”, and +86 dropped before a mobile number.
 */
export function normalizePhone(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s()（）]/g, '')
    .replace(/[‐‑‒–—―－﹣]+/g, '-')
    .replace(/-?(?:转|分机|ext\.?|x)-?(\d{1,6})$/i, '-$1')
    .replace(/^\+?86(?=1\d{10}$)/, '')
}

const YEAR = /^(19|20)\d{2}$/

/** Runs for every field of every entry (hundreds of patents): paths and labels are built only on a finding. */
function listFieldFindings(out: Out, item: Item, field: ListField, value: string | undefined, index: number, today: string): void {
  const path = () => `entries.${index}.${field.id}`
  const label = () => `${qualifiedLabel(item)}·${field.label}`
  if (value === undefined || isBlank(value)) {
    if (field.required) out.push(finding('LIST_ENTRY_INCOMPLETE', 'error', [item.id], { label: qualifiedLabel(item), index: index + 1, field: field.label }, { path: path() }))
    return
  }
  if (hasControlChars(value, false) || value.length > 200) textFindings(out, item, value, 200, false, path(), label())
  if (field.kind === 'choice' && field.options && !field.options.includes(value)) {
    out.push(finding('OPTION_UNKNOWN', 'error', [item.id], { label: label() }, { path: path() }))
  }
  if (field.kind === 'year') {
    if (!YEAR.test(value)) out.push(finding('DATE_INVALID', 'error', [item.id], { label: label() }, { path: path() }))
    else if (value > today.slice(0, 4)) {
      const params = { label: qualifiedLabel(item), index: index + 1, field: field.label, year: value, thisYear: today.slice(0, 4) }
      out.push(finding('LIST_YEAR_IN_FUTURE', 'error', [item.id], params, { path: path() }))
    }
  }
  if (field.kind === 'date') {
    const date = normalizeDate(value)
    if (date === undefined || !isValidDate(date)) out.push(finding('DATE_INVALID', 'error', [item.id], { label: label() }, { path: path() }))
    else if (date > today) out.push(finding('DATE_IN_FUTURE', 'error', [item.id], { label: label(), today }, { path: path() }))
  }
}

/**
 * All value findings for one item (every level's codes; check.ts filters by level). `answer` undefined means
 * unanswered.
 */
export function valueFindings(item: Item, answer: Answer | undefined, ctx: ValueContext): Finding[] {
  const out: Out = []
  const value = answer?.value
  if (item.kind === 'statement' || item.kind === 'paperMark' || item.mirrorOf !== undefined) return out
  if (value === undefined || value === null || (typeof value === 'string' && isBlank(value))) {
    if (item.required) required(out, item)
    return out
  }
  if (!shapeOk(item, value)) {
    out.push(finding('VALUE_SHAPE', 'error', [item.id], { label: qualifiedLabel(item) }))
    return out
  }
  switch (item.kind) {
    case 'text': {
      const text = value as string
      textFindings(out, item, text, item.maxChars, false)
      if (isNone(text) && item.format !== 'plain') {
        out.push(finding('NONE_NOT_ALLOWED', 'error', [item.id], { label: qualifiedLabel(item) }))
        break
      }
      if (item.format === 'clusterName') {
        const r = checkClusterName(text, undefined)
        if (r.kind === 'suffix') out.push(finding('CLUSTER_NAME_SUFFIX', 'error', [item.id]))
      }
      if (item.format === 'orgName' && item.help.includes('operatorBody')) {
        const word = looksLikeBuilder(text, ctx.config.builderWords)
        if (word) out.push(finding('OPERATOR_LOOKS_LIKE_BUILDER', 'warning', [item.id], { name: text.trim(), word }))
      }
      break
    }
    case 'phone':
      if (!PHONE.test(normalizePhone(value as string))) out.push(finding('PHONE_INVALID', 'error', [item.id], { label: qualifiedLabel(item) }))
      break
    case 'date': {
      const text = normalizeDate(value as string) ?? ''
      if (!isValidDate(text)) out.push(finding('DATE_INVALID', 'error', [item.id], { label: qualifiedLabel(item) }))
      else if (text > shanghaiDate(ctx.now)) out.push(finding('DATE_IN_FUTURE', 'error', [item.id], { label: qualifiedLabel(item), today: shanghaiDate(ctx.now) }))
      break
    }
    case 'region': {
      const { city, county } = value as RegionValue
      const found = findCity(city)
      if (!found) out.push(finding('REGION_CITY_UNKNOWN', 'error', [item.id], { city }, { path: 'city' }))
      else if (isBlank(county)) required(out, item, 'fill', 'county', `${qualifiedLabel(item)}·县（市、区）`)
      else if (resolveDivision(found, county) === undefined) {
        out.push(finding('REGION_COUNTY_UNKNOWN', 'error', [item.id], { city: found.name, county }, { path: 'county' }))
      }
      break
    }
    case 'number': {
      const r = numberFindings(out, item, item.numberKind, item.unit, value)
      if (r.ok) rangeFindings(out, item, item.numberKind, r.value, ctx)
      break
    }
    case 'yearRow': {
      const row = value as YearRowValue
      for (const y of YEAR_KEYS) {
        const v = row[y]
        if (v === undefined || isBlank(v)) {
          required(out, item, undefined, y, `${y}年${qualifiedLabel(item)}`)
          continue
        }
        const r = numberFindings(out, item, item.numberKind, item.unit, v, y, `${y}年${qualifiedLabel(item)}`)
        if (r.ok) rangeFindings(out, item, item.numberKind, r.value, ctx, y)
      }
      break
    }
    case 'choice':
      if (!item.options.some((o) => o.id === value)) out.push(finding('OPTION_UNKNOWN', 'error', [item.id], { label: qualifiedLabel(item) }))
      break
    case 'checklist': {
      const v = value as ChecklistValue
      if (v.ticked.some((t) => !item.options.some((o) => o.id === t))) out.push(finding('OPTION_UNKNOWN', 'error', [item.id], { label: qualifiedLabel(item) }))
      break
    }
    case 'textBlock':
      textFindings(out, item, value as string, item.maxChars, true)
      break
    case 'itemList': {
      const v = value as ItemListValue
      if (v.entries.length === 0) {
        if (!v.none && item.required) out.push(finding('LIST_EMPTY', 'error', [item.id], { label: qualifiedLabel(item) }))
        break
      }
      const today = shanghaiDate(ctx.now)
      v.entries.forEach((entry, i) => {
        for (const field of item.fields) listFieldFindings(out, item, field, entry.fields[field.id], i, today)
      })
      listFindings(out, item, v.entries, Number(today.slice(0, 4)))
      break
    }
    case 'standardsMatrix': {
      const v = value as StandardsValue
      for (const y of YEAR_KEYS) {
        for (const c of item.categories) {
          for (const role of item.roles) {
            const raw = v[y]?.[c]?.[role.id]
            const path = `${y}.${c}.${role.id}`
            const label = `${y}年${c}标准${role.label}`
            if (raw === undefined || isBlank(raw)) required(out, item, 'zero', path, label)
            else numberFindings(out, item, 'count', '项', raw, path, label)
          }
        }
      }
      break
    }
    case 'platforms': {
      const v = value as PlatformsValue
      for (const tier of item.tiers) {
        const t = v[tier.id]
        const label = `${tier.label}·数量`
        if (t?.count === undefined || isBlank(t.count)) required(out, item, 'zero', `${tier.id}.count`, label)
        else numberFindings(out, item, 'count', item.unit, t.count, `${tier.id}.count`, label)
        t?.entries.forEach((e, i) => {
          if (isBlank(e.name)) {
            out.push(finding('LIST_ENTRY_INCOMPLETE', 'error', [item.id], { label: tier.label, index: i + 1, field: '名称' }, { path: `${tier.id}.entries.${i}` }))
          } else textFindings(out, item, e.name, 100, false, `${tier.id}.entries.${i}`, tier.label)
        })
      }
      break
    }
    case 'countGroup': {
      const v = value as CountGroupValue
      for (const c of item.counts) {
        const raw = v[c.id]
        if (raw === undefined || isBlank(raw)) required(out, item, 'zero', c.id, c.label)
        else numberFindings(out, item, 'count', '个', raw, c.id, c.label)
      }
      break
    }
    case 'plan': {
      const v = value as PlanValue
      let total = 0
      for (const part of item.parts) {
        const text = v.parts[part.id] ?? ''
        if (isBlank(text)) {
          out.push(finding('PLAN_PART_MISSING', 'error', [item.id], { part: part.label }, { path: `parts.${part.id}` }))
          continue
        }
        if (hasControlChars(text, true)) out.push(finding('TEXT_CONTROL_CHARS', 'error', [item.id], { label: part.label }, { path: `parts.${part.id}` }))
        total += countChars(text.trim())
      }
      if (total > item.maxChars) {
        out.push(finding('TEXT_TOO_LONG', 'error', [item.id], { label: qualifiedLabel(item), max: item.maxChars, count: total, over: total - item.maxChars }))
      }
      const cols = ['direction', 'indicator', 'baseline', 'target'] as const
      v.indicators.forEach((row, i) => {
        cols.forEach((col, c) => {
          if (isBlank(row[col])) {
            out.push(finding('INDICATOR_INCOMPLETE', 'error', [item.id], { index: i + 1, field: item.indicatorTable.columns[c] }, { path: `indicators.${i}.${col}` }))
          }
        })
      })
      break
    }
    default:
      return assertNever(item)
  }
  return out
}
