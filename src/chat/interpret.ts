/**
 * Reading one message as (part of) the answer to the current item. Complete values go to the rule module
 * for validation (engine.ts); multi-message items keep their progress in `Pending`.
 */
import { assertNever, type Item, type NumberKind, type Unit } from '../form'
import { SHANDONG, isNone, normalizeDate, parseNumber, ruleMessage, type Answers } from '../rules'
import { readNumber, splitValues } from './numbers'
import { baselineFor } from './plan'
import type { Pending } from './types'

export type Outcome =
  | { kind: 'value'; value: unknown; notes: string[] }
  | { kind: 'progress'; pending: Pending; prompt: string; notes: string[] }
  | { kind: 'refused'; reason: string }

const NONE = /^(无|没有|没有了|都没有|暂无|0个?|零)$/
const DONE = /^(完成|好了|结束|就这些|没有了|提交|确定)$/
const MORE = /^(再加一条|继续添加|添加|再加|还有)$/
const YES = /^(是|是的|对|有|采用|同意|好|确认|yes|y)$/i
const NO = /^(否|不是|没有|无|不|no|n)$/i

/** Reads one figure and asks the rule module at once whether it parses, so a year row refuses “NaN” early. */
function numberText(raw: string, unit: Unit, notes: string[], kind: NumberKind = 'count', label = ''): { ok: true; text: string } | { ok: false; reason: string } {
  const r = readNumber(raw, unit)
  if (!r.ok) return { ok: false, reason: r.reason === 'unit' ? `这一栏的单位是“${unit}”，请按${unit}填写。` : '请输入数值。' }
  const parsed = parseNumber(r.text, kind)
  if (!parsed.ok && parsed.code !== 'NUMBER_NEGATIVE') {
    return { ok: false, reason: ruleMessage(parsed.code, { label, example: kind === 'count' ? '12' : '118.36', unit }) }
  }
  if (r.converted) notes.push(`已换算单位：${r.converted.from} = ${r.converted.to}`)
  return { ok: true, text: r.text }
}

/** “无/没有” means 0 for counts (填报说明: counts accept 0). */
const countText = (raw: string) => (NONE.test(raw.trim()) ? '0' : raw)

/** The rule module's one date normaliser: the chat accepts exactly the formats the rules do. */
export const parseDate = normalizeDate

export function parseRegion(raw: string): { city: string; county: string } | undefined {
  const text = raw.normalize('NFKC').replace(/[\s,，、]/g, '').replace(/^山东省?/, '')
  for (const city of SHANDONG) {
    const short = city.name.slice(0, -1)
    const prefix = text.startsWith(city.name) ? city.name : text.startsWith(short) ? short : undefined
    if (prefix) return { city: city.name, county: text.slice(prefix.length) }
  }
  return undefined
}

function chooseOption(item: Extract<Item, { kind: 'choice' | 'checklist' }>, raw: string): string | undefined {
  // Compare in NFKC on both sides: labels carry full-width punctuation (“，”) that NFKC turns into ASCII.
  const text = raw.normalize('NFKC').trim()
  const label = (o: { label: string }) => o.label.normalize('NFKC')
  const exact = item.options.find((o) => label(o) === text)
  if (exact) return exact.id
  if (/^\d+$/.test(text)) return item.options[Number(text) - 1]?.id
  if (/不适用/.test(text)) return item.options.find((o) => o.label.includes('不适用'))?.id
  if (YES.test(text)) return item.options.find((o) => o.label === '是')?.id
  if (NO.test(text)) return item.options.find((o) => o.label === '否')?.id
  const partial = item.options.filter((o) => label(o).includes(text) || text.includes(label(o)))
  return partial.length === 1 ? partial[0].id : undefined
}

function yearRow(item: Extract<Item, { kind: 'yearRow' }>, raw: string, pending: Pending | null): Outcome {
  const notes: string[] = []
  const state = pending?.kind === 'yearRow' ? pending : { kind: 'yearRow' as const, values: {}, years: item.years.map(String) }
  const parts = splitValues(raw)
  const take = (text: string) => (item.numberKind === 'count' ? countText(text) : text)
  if (parts.length === state.years.length || parts.length === 1) {
    const values = { ...state.values }
    const years = [...state.years]
    for (const part of parts) {
      const year = years.shift() as string
      const n = numberText(take(part), item.unit, notes, item.numberKind, `${year}年${item.label}`)
      if (!n.ok) return { kind: 'refused', reason: n.reason }
      values[year] = n.text
    }
    if (years.length === 0) return { kind: 'value', value: values, notes }
    return { kind: 'progress', pending: { kind: 'yearRow', values, years }, prompt: `请填写${years[0]}年的数值（${item.unit}）`, notes }
  }
  return { kind: 'refused', reason: `请一次填写${state.years.length}个数值（用空格分开），或逐年填写。` }
}

function matrix(item: Extract<Item, { kind: 'standardsMatrix' }>, raw: string, pending: Pending | null): Outcome {
  const state = pending?.kind === 'matrix' ? pending : { kind: 'matrix' as const, values: {}, year: 0 }
  const year = String(item.years[state.year])
  const parts = NONE.test(raw.trim()) ? Array(8).fill('0') : splitValues(raw).map(countText)
  if (parts.length !== item.categories.length * 2) {
    return { kind: 'refused', reason: `请填写8个数：${item.categories.map((c) => `${c}主持、${c}参与`).join('、')}；没有请回复“无”。` }
  }
  const values = { ...state.values, [year]: Object.fromEntries(item.categories.map((c, i) => [c, { host: parts[i * 2], participate: parts[i * 2 + 1] }])) }
  if (state.year + 1 >= item.years.length) return { kind: 'value', value: values, notes: [] }
  return { kind: 'progress', pending: { kind: 'matrix', values, year: state.year + 1 }, prompt: matrixPrompt(item, state.year + 1), notes: [] }
}

export const matrixPrompt = (item: Extract<Item, { kind: 'standardsMatrix' }>, year: number) =>
  `${item.years[year]}年：请依次填写${item.categories.map((c) => `${c}主持、参与`).join('，')}的数量（共8个数，用空格分开）；没有请回复“无”`

function list(item: Extract<Item, { kind: 'itemList' }>, raw: string, pending: Pending | null): Outcome {
  const text = raw.trim()
  const state = pending?.kind === 'list' ? pending : { kind: 'list' as const, entries: [], current: {}, field: 0, askMore: false }
  if (state.entries.length === 0 && state.field === 0 && !state.askMore && NONE.test(text)) return { kind: 'value', value: { none: true, entries: [] }, notes: [] }
  if (state.askMore || (state.field === 0 && DONE.test(text))) {
    if (DONE.test(text)) return { kind: 'value', value: { entries: state.entries }, notes: [] }
    if (MORE.test(text)) return { kind: 'progress', pending: { ...state, askMore: false, field: 0, current: {} }, prompt: listPrompt(item, state.entries.length, 0), notes: [] }
    if (!state.askMore) return { kind: 'refused', reason: '请回复“再加一条”或“完成”。' }
  }
  const field = item.fields[state.field]
  let value = text
  if (field.kind === 'choice' && field.options) {
    const found = field.options.find((o) => o === text) ?? (/^\d+$/.test(text) ? field.options[Number(text) - 1] : field.options.find((o) => o.includes(text)))
    if (!found) return { kind: 'refused', reason: `“${field.label}”请从以下选择：${field.options.join('、')}` }
    value = found
  }
  if (field.kind === 'date') {
    const d = parseDate(text)
    if (d === undefined && !(NONE.test(text) && !field.required)) return { kind: 'refused', reason: '请按 2021年3月5日 或 2021-03-05 填写日期。' }
    value = d ?? ''
  }
  if (field.kind === 'year' && !/^(19|20)\d{2}年?$/.test(text)) return { kind: 'refused', reason: '请填写四位年份，如 2021。' }
  if (field.kind === 'year') value = text.slice(0, 4)
  const current = { ...state.current, [field.id]: value }
  if (state.field + 1 < item.fields.length) {
    return { kind: 'progress', pending: { ...state, current, field: state.field + 1 }, prompt: listPrompt(item, state.entries.length, state.field + 1), notes: [] }
  }
  const entries = [...state.entries, { id: `e${state.entries.length + 1}`, fields: current }]
  return { kind: 'progress', pending: { ...state, entries, current: {}, field: 0, askMore: true }, prompt: `已添加第${entries.length}条。回复“再加一条”继续，或回复“完成”。`, notes: [] }
}

export const listPrompt = (item: Extract<Item, { kind: 'itemList' }>, index: number, field: number) => {
  const f = item.fields[field]
  return `第${index + 1}条 · 请填写“${f.label}”${f.options ? `（${f.options.join('/')}）` : ''}${index === 0 && field === 0 ? '；没有请回复“无”' : ''}`
}

function platforms(item: Extract<Item, { kind: 'platforms' }>, raw: string, pending: Pending | null): Outcome {
  const notes: string[] = []
  const state = pending?.kind === 'platforms' ? pending : { kind: 'platforms' as const, values: {}, tier: 0, stage: 'count' as const }
  const tier = item.tiers[state.tier]
  const values = { ...state.values }
  if (state.stage === 'count') {
    const n = numberText(countText(raw), '个', notes)
    if (!n.ok) return { kind: 'refused', reason: n.reason }
    values[tier.id] = { count: n.text, entries: [] }
    if (n.text !== '0') return { kind: 'progress', pending: { ...state, values, stage: 'names' }, prompt: `请填写这 ${n.text} 个平台的名称，用“、”或换行分开`, notes }
  } else {
    const names = raw.split(/[、，,；;\n]+/).map((s) => s.trim()).filter(Boolean)
    values[tier.id] = { ...values[tier.id], entries: names.map((name) => ({ name })) }
  }
  if (state.tier + 1 >= item.tiers.length) return { kind: 'value', value: values, notes }
  return { kind: 'progress', pending: { kind: 'platforms', values, tier: state.tier + 1, stage: 'count' }, prompt: `${item.tiers[state.tier + 1].label}：数量（个）？`, notes }
}

function counts(item: Extract<Item, { kind: 'countGroup' }>, raw: string, pending: Pending | null): Outcome {
  const notes: string[] = []
  const state = pending?.kind === 'counts' ? pending : { kind: 'counts' as const, values: {}, index: 0 }
  const parts = splitValues(raw).map(countText)
  const values = { ...state.values }
  let index = state.index
  if (parts.length !== 1 && parts.length !== item.counts.length - state.index) return { kind: 'refused', reason: `请填写${item.counts.slice(state.index).map((c) => c.label).join('、')}（用空格分开）。` }
  for (const part of parts) {
    const n = numberText(part, '个', notes)
    if (!n.ok) return { kind: 'refused', reason: n.reason }
    values[item.counts[index++].id] = n.text
  }
  if (index >= item.counts.length) return { kind: 'value', value: values, notes }
  return { kind: 'progress', pending: { kind: 'counts', values, index }, prompt: `请填写${item.counts[index].label}`, notes }
}

function plan(item: Extract<Item, { kind: 'plan' }>, raw: string, pending: Pending | null, answers: Answers): Outcome {
  const state = pending?.kind === 'plan' ? pending : { kind: 'plan' as const, parts: {}, part: 0, indicators: [], row: 0 }
  const rows = item.indicatorTable.directions.flatMap((d) => d.examples.map((e) => ({ direction: d.direction, indicator: e })))
  if (state.part < item.parts.length) {
    const parts = { ...state.parts, [item.parts[state.part].id]: raw.trim() }
    const next = state.part + 1
    if (next < item.parts.length) return { kind: 'progress', pending: { ...state, parts, part: next }, prompt: planPartPrompt(item, next), notes: [] }
    return { kind: 'progress', pending: { ...state, parts, part: next, row: 0 }, prompt: indicatorPrompt(rows[0], answers), notes: [] }
  }
  const row = rows[state.row]
  const text = raw.trim()
  const indicators = [...state.indicators]
  if (!/^(跳过|不填)$/.test(text)) {
    const parts = text.split(/\s+|[，,；;]/).filter(Boolean)
    const suggested = baselineFor(row.indicator, answers)
    const [baseline, target] = parts.length >= 2 ? [parts[0], parts.slice(1).join(' ')] : [suggested ?? '', parts[0]]
    if (!baseline) return { kind: 'refused', reason: '请填写“2023年基准值 2026年目标值”，用空格分开。' }
    indicators.push({ direction: row.direction, indicator: row.indicator, baseline, target })
  }
  if (state.row + 1 < rows.length) return { kind: 'progress', pending: { ...state, indicators, row: state.row + 1 }, prompt: indicatorPrompt(rows[state.row + 1], answers), notes: [] }
  return { kind: 'value', value: { parts: state.parts, indicators }, notes: [] }
}

export const planPartPrompt = (item: Extract<Item, { kind: 'plan' }>, part: number) => {
  const p = item.parts[part]
  return `规划第${part + 1}/${item.parts.length}部分：${[...p.under, p.label].join(' › ')}${p.guide ? `\n${p.guide}` : ''}`
}

function indicatorPrompt(row: { direction: string; indicator: string }, answers: Answers): string {
  const base = baselineFor(row.indicator, answers)
  return `发展目标指标表 · ${row.direction} · ${row.indicator}：请填写“2023年基准值 2026年目标值”${base ? `（基准值按前面的填报为 ${base}，只填目标值即可）` : ''}；不设此指标请回复“跳过”`
}

/** Reads one message for the item. */
export function interpret(item: Item, raw: string, pending: Pending | null, answers: Answers): Outcome {
  const text = raw.trim()
  switch (item.kind) {
    case 'text':
    case 'textBlock':
      return { kind: 'value', value: raw.replace(/^\s+|\s+$/g, ''), notes: [] }
    case 'phone':
      return { kind: 'value', value: text, notes: [] }
    case 'date': {
      const d = parseDate(text)
      return d ? { kind: 'value', value: d, notes: [] } : { kind: 'refused', reason: '请按 2024年3月15日 或 2024-03-15 填写日期。' }
    }
    case 'region': {
      const r = parseRegion(text)
      return r ? { kind: 'value', value: r, notes: [] } : { kind: 'refused', reason: '请填写“XX市XX县（市、区）”，如：潍坊市坊子区。' }
    }
    case 'number': {
      const notes: string[] = []
      const n = numberText(item.numberKind === 'count' ? countText(text) : text, item.unit, notes, item.numberKind, item.label)
      return n.ok ? { kind: 'value', value: n.text, notes } : { kind: 'refused', reason: n.reason }
    }
    case 'yearRow':
      return yearRow(item, text, pending)
    case 'choice': {
      const id = chooseOption(item, text)
      return id ? { kind: 'value', value: id, notes: [] } : { kind: 'refused', reason: `请从以下选项中选择：${item.options.map((o) => o.label).join('、')}` }
    }
    case 'checklist': {
      const ticked = pending?.kind === 'checklist' ? pending.ticked : []
      if (DONE.test(text)) return { kind: 'value', value: { ticked }, notes: [] }
      if (NONE.test(text) && ticked.length === 0) return { kind: 'value', value: { ticked: [] }, notes: [] }
      const picks = /^[\d\s,，、]+$/.test(text) ? splitValues(text).map((n) => item.options[Number(n) - 1]?.id) : [chooseOption(item, text)]
      if (picks.some((p) => p === undefined)) return { kind: 'refused', reason: '请点选选项，或回复选项序号（如 1 3 5），选好后回复“完成”。' }
      const next = [...ticked]
      for (const p of picks as string[]) {
        const at = next.indexOf(p)
        if (at >= 0) next.splice(at, 1)
        else next.push(p)
      }
      next.sort((a, b) => item.options.findIndex((o) => o.id === a) - item.options.findIndex((o) => o.id === b))
      const labels = next.map((id) => item.options.find((o) => o.id === id)?.label).join('；')
      return { kind: 'progress', pending: { kind: 'checklist', ticked: next }, prompt: `已选 ${next.length} 项${next.length ? `：${labels}` : ''}。继续点选，或回复“完成”。`, notes: [] }
    }
    case 'itemList':
      return list(item, text, pending)
    case 'standardsMatrix':
      return matrix(item, text, pending)
    case 'platforms':
      return platforms(item, text, pending)
    case 'countGroup':
      return counts(item, text, pending)
    case 'plan':
      return plan(item, raw, pending, answers)
    case 'statement':
    case 'paperMark':
      return { kind: 'refused', reason: '此处在导出的申报表上签字盖章，无需填写。' }
    default:
      return assertNever(item)
  }
}

export { isNone }
export type { NumberKind }
