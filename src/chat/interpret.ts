/**
 * Reading one message as (part of) the answer to the current item. Complete values go to the rule module
 * for validation (engine.ts); multi-message items keep their progress in `Pending`.
 */
import { assertNever, type Item, type NumberKind, type Unit } from '../form'
import { SHANDONG, isNone, normalizeDate, parseNumber, ruleMessage, type Answers } from '../rules'
import { chineseToNumber, readNumber, splitValues } from './numbers'
import { entriesOf } from '../rules/listParts'
import { partErrors } from './parts'
import { baselineFor } from './plan'
import { CHECKLIST_NOTHING_TICKED, textBlockNotNumbers, approximateNumber, unknownNumber, yearNotAsked, yearWithoutValue, indicatorPrompt, indicatorRows, listAfterChange, listEditPrompt, listPrompt, matrixPrompt, planPartPrompt, platformCountPrompt, platformNamesPrompt } from './prompts'
import type { Pending } from './types'

export { listPrompt, matrixPrompt, planPartPrompt }

export type Outcome =
  | { kind: 'value'; value: unknown; notes: string[] }
  /** `errors`: parts refused while the good ones were kept (each is asked again alone). */
  | { kind: 'progress'; pending: Pending; prompt: string; notes: string[]; errors?: string[] }
  | { kind: 'refused'; reason: string }

const NONE = /^(无|没有|没有了|都没有|暂无|0个?|零)$/
const DONE = /^(完成|好了|结束|结束清单|就这些|没有了|提交|确定)$/
const MORE = /^(再加一条|继续添加|添加|再加|还有)$/
const YES = /^(是|是的|对|有|采用|同意|好|确认|yes|y)$/i
const NO = /^(否|不是|没有|无|不|no|n)$/i

/** One example per kind of number, in the cell's own terms (a share is not written like an amount). */
export const NUMBER_EXAMPLE: Record<NumberKind, string> = { amount: '118.36', share: '72.50', rate: '12.40', count: '12', ratio: '3.25' }

/** Words of an estimate: the form wants the statistics' figure (填报说明: 数据真实准确). */
const APPROXIMATE = /大概|大约|约|左右|差不多|估计|将近|接近|上下|多|余/
/** “I don't know (yet)”: 跳过 keeps the question open, and 总览 lists it. */
const UNKNOWN = /^(不知道|不清楚|不确定|待定|待查|没数据|暂缺|还没统计|未统计)$/

/** Reads one figure and asks the rule module at once whether it parses, so a year row refuses “NaN” early. */
function numberText(raw: string, unit: Unit, notes: string[], kind: NumberKind, label: string): { ok: true; text: string } | { ok: false; reason: string } {
  if (UNKNOWN.test(raw.trim())) return { ok: false, reason: unknownNumber(label) }
  const estimate = APPROXIMATE.exec(raw)
  if (estimate && readNumber(raw.replace(new RegExp(APPROXIMATE.source, 'g'), ''), unit).ok) return { ok: false, reason: approximateNumber(label, estimate[0], NUMBER_EXAMPLE[kind]) }
  const r = readNumber(raw, unit)
  if (!r.ok) return { ok: false, reason: r.reason === 'unit' ? `“${label}”的单位是“${unit}”，请按${unit}填写，例如 ${NUMBER_EXAMPLE[kind]}。` : `请填写“${label}”的数值，例如 ${NUMBER_EXAMPLE[kind]}。` }
  const parsed = parseNumber(r.text, kind)
  if (!parsed.ok && parsed.code !== 'NUMBER_NEGATIVE') {
    return { ok: false, reason: ruleMessage(parsed.code, { label, example: NUMBER_EXAMPLE[kind], unit }) }
  }
  if (r.converted) notes.push(`已换算单位：${r.converted.from} = ${r.converted.to}`)
  return { ok: true, text: r.text }
}

/**
 * A row typed with its years (“2021年12亿 2022年13亿”, “2022：13”): the values by year, in the order typed; null when
 * the text names no year label, or has text before the first one. A year is a label only with 年 or a colon after it,
 * so a count of 2021 is still a value.
 */
export function yearLabelled(raw: string): { year: string; text: string }[] | null {
  const label = /(20\d{2})\s*(?:年度?|[:：])\s*[:：]?/g
  const found = [...raw.matchAll(label)]
  if (found.length === 0 || raw.slice(0, found[0].index).replace(/[\s,，、;；]/g, '') !== '') return null
  return found.map((m, i) => ({ year: m[1], text: raw.slice((m.index ?? 0) + m[0].length, i + 1 < found.length ? found[i + 1].index : raw.length).replace(/^[\s,，、;；]+|[\s,，、;；。]+$/g, '') }))
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

/**
 * A year row, all years in one message or one at a time. Each value is judged by the rule module as it is
 * typed; good values are kept and only a refused year is asked again.
 */
function yearRow(item: Extract<Item, { kind: 'yearRow' }>, raw: string, pending: Pending | null, now: Date, answers: Answers): Outcome {
  const notes: string[] = []
  const state = pending?.kind === 'yearRow' ? pending : { kind: 'yearRow' as const, values: {}, years: item.years.map(String) }
  const take = (text: string) => (item.numberKind === 'count' ? countText(text) : text)
  const labelled = yearLabelled(raw)
  if (labelled) {
    const other = labelled.find((l) => !state.years.includes(l.year))
    if (other) return { kind: 'refused', reason: yearNotAsked(other.year, state.years) }
    if (labelled.some((l) => l.text === '')) return { kind: 'refused', reason: yearWithoutValue(state.years[0], NUMBER_EXAMPLE[item.numberKind]) }
  }
  const parts = labelled ? labelled.map((l) => l.text) : splitValues(raw)
  const yearOf = (i: number) => (labelled ? labelled[i].year : state.years[i])
  if (!labelled && parts.length !== 1 && parts.length !== state.years.length) {
    const reason =
      state.years.length === 1
        ? `请只填写${state.years[0]}年的一个数值。`
        : `请一次填写${state.years.map((y) => `${y}年`).join('、')}共${state.years.length}个数值（用空格分开），或逐年填写。`
    return { kind: 'refused', reason }
  }
  const values: Record<string, string> = { ...state.values }
  const refusedYears: string[] = []
  const errors: string[] = []
  parts.forEach((part, i) => {
    const year = yearOf(i)
    const n = numberText(take(part), item.unit, notes, item.numberKind, `${year}年${item.label}`)
    const bad = n.ok ? partErrors(item, { ...values, [year]: n.text }, year, now, answers) : []
    if (!n.ok || bad.length > 0) {
      refusedYears.push(year)
      errors.push(n.ok ? bad.map((f) => f.message).join('') : n.reason)
    } else values[year] = n.text
  })
  const given = new Set(parts.map((_, i) => yearOf(i)))
  const years = [...refusedYears, ...state.years.filter((y) => !given.has(y))].sort()
  if (years.length === 0) return { kind: 'value', value: values, notes }
  const next = { kind: 'yearRow' as const, values, years }
  if (errors.length > 0 && refusedYears.length === parts.length) return { kind: 'refused', reason: errors.join('\n') }
  return { kind: 'progress', pending: next, prompt: `请填写${years[0]}年的数值（${item.unit}）`, notes, ...(errors.length ? { errors } : {}) }
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

/** “修改第5条”, “删除第五条”: one entry of the list on screen. */
export const ENTRY_COMMAND = /^(修改|更改|编辑|删除|删掉)\s*第\s*([0-9]+|[一二两三四五六七八九十百千]+)\s*条$/
const KEEP = /^(不变|保留|不改|同上)$/
/** An optional column of a list entry left empty: the entry goes on (engine.ts does not read this 跳过 as leaving the question). */
export const SKIP_FIELD = /^(跳过|无|没有|暂无)$/

/** The entry a “修改/删除第N条” names, or why it names none. */
function entryCommand(text: string, entries: readonly unknown[]): { action: 'edit' | 'delete'; index: number } | { refused: string } | null {
  const m = ENTRY_COMMAND.exec(text)
  if (!m) return null
  const n = Number(/^\d+$/.test(m[2]) ? m[2] : chineseToNumber(m[2]))
  if (!Number.isInteger(n) || n < 1 || n > entries.length) return { refused: entries.length === 0 ? '清单中还没有条目。' : `清单中没有第${m[2]}条（现有 ${entries.length} 条）。` }
  return { action: m[1] === '删除' || m[1] === '删掉' ? 'delete' : 'edit', index: n - 1 }
}

/** What an entry holds, column by column as typed (empty columns left out): said when it is added. */
const entrySummary = (item: Extract<Item, { kind: 'itemList' }>, fields: Record<string, string>) =>
  item.fields
    .map((f) => fields[f.id])
    .filter(Boolean)
    .join('，')

/** An entry as the user recognises it: its first column and its number-like column. */
const entryName = (item: Extract<Item, { kind: 'itemList' }>, fields: Record<string, string>) =>
  item.fields
    .slice(0, 1)
    .map((f) => fields[f.id])
    .filter(Boolean)
    .join('')

type ListState = Extract<Pending, { kind: 'list' }>
type ListEntry = ListState['entries'][number]

/**
 * The list as this chat shows it: the list as stored now, with this chat's own changes on top — entries it added
 * or changed (`touched`) and entries it deleted. So a colleague's change made meanwhile is kept, and an entry
 * keeps the photos it has now (the chat never changes photos; one removed elsewhere does not come back). A list
 * question from before `touched` was kept is taken as it is.
 */
function listView(state: ListState, answers: Answers, itemId: string): ListEntry[] {
  if (state.touched === undefined) return state.entries
  const stored = entriesOf(answers[itemId])
  const storedById = new Map(stored.map((e) => [e.id, e]))
  const deleted = new Set(state.deleted ?? [])
  const touched = new Set(state.touched)
  const withPhotosNow = (e: ListEntry): ListEntry => {
    const { evidence: _then, ...rest } = e
    const now = storedById.get(e.id)?.evidence
    return now ? { ...rest, evidence: now } : rest
  }
  const own = new Map(state.entries.filter((e) => touched.has(e.id)).map((e) => [e.id, withPhotosNow(e)]))
  return [...stored.filter((e) => !deleted.has(e.id)).map((e) => own.get(e.id) ?? e), ...[...own.values()].filter((e) => !storedById.has(e.id))]
}

/**
 * An itemised list, entry by entry and field by field. Each field is judged by the rule module as it is
 * typed; “完成” ends the list at any point and keeps every finished entry. “修改第N条” asks one entry's fields
 * again (“不变” keeps one), “删除第N条” takes it out; 完成 stores the list.
 */
function list(item: Extract<Item, { kind: 'itemList' }>, raw: string, pending: Pending | null, answers: Answers, now: Date): Outcome {
  const text = raw.trim()
  const was: ListState = pending?.kind === 'list' ? pending : { kind: 'list', entries: [], current: {}, field: 0, askMore: false, touched: [], deleted: [] }
  const state: ListState = { ...was, entries: listView(was, answers, item.id) }
  const touched = (id: string) => (state.touched === undefined ? {} : { touched: [...state.touched.filter((t) => t !== id), id], deleted: state.deleted ?? [] })
  const editingAt = state.editing === undefined ? -1 : state.entries.findIndex((e) => e.id === state.editing)
  const before = editingAt >= 0 ? state.entries[editingAt] : undefined
  const inEntry = !state.askMore && (state.field > 0 || Object.keys(state.current).length > 0)
  if (state.entries.length === 0 && !inEntry && NONE.test(text)) return { kind: 'value', value: { none: true, entries: [] }, notes: [] }
  if (DONE.test(text)) {
    const notes = inEntry ? [before ? `第${editingAt + 1}条的修改未填完，未采用；该条保持原样。` : `第${state.entries.length + 1}条未填完，未记录；已填的 ${state.entries.length} 条已保留。`] : []
    return { kind: 'value', value: { entries: state.entries }, notes }
  }
  const command = inEntry ? null : entryCommand(text, state.entries)
  if (command && 'refused' in command) return { kind: 'refused', reason: command.refused }
  if (command?.action === 'delete') {
    const gone = state.entries[command.index]
    const entries = state.entries.filter((_, k) => k !== command.index)
    const name = entryName(item, gone.fields)
    const marks = state.touched === undefined ? {} : { touched: state.touched.filter((t) => t !== gone.id), deleted: [...(state.deleted ?? []), gone.id] }
    return { kind: 'progress', pending: { kind: 'list', entries, current: {}, field: 0, askMore: true, ...marks }, prompt: listAfterChange(`已删除第${command.index + 1}条${name ? `（${name}）` : ''}，现有 ${entries.length} 条。`), notes: [] }
  }
  if (command?.action === 'edit') {
    const target = state.entries[command.index]
    return { kind: 'progress', pending: { ...state, current: {}, field: 0, askMore: false, editing: target.id }, prompt: listEditPrompt(item, command.index, 0, target.fields[item.fields[0].id]), notes: [] }
  }
  if (state.askMore && MORE.test(text)) {
    return { kind: 'progress', pending: { ...state, askMore: false, field: 0, current: {}, editing: undefined }, prompt: listPrompt(item, state.entries.length, 0), notes: [] }
  }
  const field = item.fields[state.askMore ? 0 : state.field]
  const at = state.askMore ? 0 : state.field
  let value = text
  if (before && KEEP.test(text)) value = before.fields[field.id] ?? ''
  else if (!field.required && SKIP_FIELD.test(text)) value = ''
  else if (field.kind === 'choice' && field.options) {
    const found = field.options.find((o) => o === text) ?? (/^\d+$/.test(text) ? field.options[Number(text) - 1] : field.options.find((o) => o.includes(text)))
    if (!found) return { kind: 'refused', reason: `“${field.label}”请从以下选择：${field.options.join('、')}` }
    value = found
  } else if (field.kind === 'date') {
    const d = parseDate(text)
    if (d === undefined && !(NONE.test(text) && !field.required)) return { kind: 'refused', reason: `“${field.label}”请按 2021年3月5日 或 2021-03-05 填写日期。` }
    value = d ?? ''
  } else if (field.kind === 'year') {
    if (!/^(19|20)\d{2}年?$/.test(text)) return { kind: 'refused', reason: `“${field.label}”请填写四位年份，如 2021。` }
    value = text.slice(0, 4)
  } else if (field.kind === 'count') {
    const n = numberText(countText(text), '个', [], 'count', `${item.label}·${field.label}`)
    if (!n.ok) return { kind: 'refused', reason: n.reason }
    value = n.text
  }
  const index = before ? editingAt : state.entries.length
  const current = { ...(state.askMore ? {} : state.current), [field.id]: value }
  const entry = before ? { ...before, fields: { ...before.fields, ...current } } : { id: nextEntryId(state.entries), fields: current }
  const checked = before ? state.entries.map((e, k) => (k === index ? entry : e)) : [...state.entries, entry]
  const bad = partErrors(item, { entries: checked }, `entries.${index}.${field.id}`, now)
  if (bad.length > 0) return { kind: 'refused', reason: `${bad.map((f) => f.message).join('')}请重新填写第${index + 1}条的“${field.label}”。` }
  if (at + 1 < item.fields.length) {
    // Typed text instead of “再加一条” starts the next entry with it: said, so nobody wonders where it went.
    const notes = state.askMore ? [`已开始第${index + 1}条，“${field.label}”记为：${value}`] : []
    const next = item.fields[at + 1]
    const prompt = before ? listEditPrompt(item, index, at + 1, before.fields[next.id]) : listPrompt(item, index, at + 1)
    return { kind: 'progress', pending: { ...state, askMore: false, current, field: at + 1 }, prompt, notes }
  }
  const done = { kind: 'list' as const, entries: checked, current: {}, field: 0, askMore: true, ...touched(entry.id) }
  if (before) return { kind: 'progress', pending: done, prompt: listAfterChange(`已修改第${index + 1}条。`), notes: [] }
  return { kind: 'progress', pending: done, prompt: `已添加第${checked.length}条：${entrySummary(item, entry.fields)}。回复“再加一条”继续，或回复“完成”。`, notes: [] }
}

/** Entry ids stay unique when a list resumes from a draft or a stored answer. */
function nextEntryId(entries: readonly { id: string }[]): string {
  const taken = new Set(entries.map((e) => e.id))
  let n = entries.length + 1
  while (taken.has(`e${n}`)) n++
  return `e${n}`
}

/** Per tier a count, then that many names — in one message or several (Enter sends, so names may come one by one). */
function platforms(item: Extract<Item, { kind: 'platforms' }>, raw: string, pending: Pending | null, now: Date): Outcome {
  const notes: string[] = []
  const state = pending?.kind === 'platforms' ? pending : { kind: 'platforms' as const, values: {}, tier: 0, stage: 'count' as const }
  const tier = item.tiers[state.tier]
  const values = { ...state.values }
  const label = `${tier.label}·数量`
  if (state.stage === 'count') {
    const n = numberText(countText(raw), '个', notes, 'count', label)
    if (!n.ok) return { kind: 'refused', reason: n.reason }
    const bad = partErrors(item, { ...values, [tier.id]: { count: n.text, entries: [] } }, `${tier.id}.count`, now)
    if (bad.length > 0) return { kind: 'refused', reason: bad.map((f) => f.message).join('') }
    values[tier.id] = { count: n.text, entries: [] }
    if (n.text !== '0') return { kind: 'progress', pending: { ...state, values, stage: 'names' }, prompt: platformNamesPrompt(values[tier.id]), notes }
  } else {
    const had = values[tier.id]
    const count = Number(had.count)
    const names = raw.split(/[、，,；;\n]+/).map((s) => s.trim()).filter(Boolean)
    const all = [...had.entries, ...names.map((name) => ({ name }))]
    if (all.length > count) {
      return { kind: 'refused', reason: `数量填写为 ${count} 个，这里有 ${all.length} 个名称；请只填写其余 ${count - had.entries.length} 个名称。` }
    }
    for (let i = had.entries.length; i < all.length; i++) {
      const bad = partErrors(item, { ...values, [tier.id]: { ...had, entries: all } }, `${tier.id}.entries.${i}`, now)
      if (bad.length > 0) return { kind: 'refused', reason: `第${i + 1}个名称：${bad.map((f) => f.message).join('')}` }
    }
    values[tier.id] = { ...had, entries: all }
    if (all.length < count) return { kind: 'progress', pending: { ...state, values }, prompt: platformNamesPrompt(values[tier.id]), notes }
  }
  if (state.tier + 1 >= item.tiers.length) return { kind: 'value', value: values, notes }
  return { kind: 'progress', pending: { kind: 'platforms', values, tier: state.tier + 1, stage: 'count' }, prompt: platformCountPrompt(item, state.tier + 1), notes }
}

function counts(item: Extract<Item, { kind: 'countGroup' }>, raw: string, pending: Pending | null): Outcome {
  const notes: string[] = []
  const state = pending?.kind === 'counts' ? pending : { kind: 'counts' as const, values: {}, index: 0 }
  const parts = splitValues(raw).map(countText)
  const values = { ...state.values }
  let index = state.index
  if (parts.length !== 1 && parts.length !== item.counts.length - state.index) return { kind: 'refused', reason: `请填写${item.counts.slice(state.index).map((c) => c.label).join('、')}（用空格分开）。` }
  for (const part of parts) {
    const n = numberText(part, '个', notes, 'count', item.counts[index].label)
    if (!n.ok) return { kind: 'refused', reason: n.reason }
    values[item.counts[index++].id] = n.text
  }
  if (index >= item.counts.length) return { kind: 'value', value: values, notes }
  return { kind: 'progress', pending: { kind: 'counts', values, index }, prompt: `请填写${item.counts[index].label}`, notes }
}

function plan(item: Extract<Item, { kind: 'plan' }>, raw: string, pending: Pending | null, answers: Answers): Outcome {
  const state = pending?.kind === 'plan' ? pending : { kind: 'plan' as const, parts: {}, part: 0, indicators: [], row: 0 }
  const rows = indicatorRows(item)
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

/** Reads one message for the item. */
export function interpret(item: Item, raw: string, pending: Pending | null, answers: Answers, now: Date): Outcome {
  const text = raw.trim()
  switch (item.kind) {
    case 'text':
      // A name with a phone number in it is two answers in one message: the phone has its own question.
      if (item.format === 'personName' && /\d/.test(text.normalize('NFKC'))) return { kind: 'refused', reason: `“${item.label}”请只填写姓名，不含数字或电话号码；联系电话在下一题填写。` }
      return { kind: 'value', value: text, notes: [] }
    case 'textBlock':
      // Numbers alone are a reply meant for another question (a year row typed on), not a description.
      if (/^[\d\s.,，、%％-]+$/.test(text)) return { kind: 'refused', reason: textBlockNotNumbers(item.label) }
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
      return yearRow(item, text, pending, now, answers)
    case 'choice': {
      const id = chooseOption(item, text)
      return id ? { kind: 'value', value: id, notes: [] } : { kind: 'refused', reason: `请从以下选项中选择：${item.options.map((o) => o.label).join('、')}` }
    }
    case 'checklist': {
      const ticked = pending?.kind === 'checklist' ? pending.ticked : []
      // 完成 with nothing ticked is refused: “none of these” is said with 都没有 (a 完成 tapped twice must not record it).
      if (DONE.test(text)) return ticked.length > 0 ? { kind: 'value', value: { ticked }, notes: [] } : { kind: 'refused', reason: CHECKLIST_NOTHING_TICKED }
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
      const from = pending?.kind === 'checklist' && pending.from ? { from: pending.from } : {}
      return { kind: 'progress', pending: { kind: 'checklist', ticked: next, ...from }, prompt: `已选 ${next.length} 项${next.length ? `：${labels}` : ''}。继续点选，或回复“完成”。`, notes: [] }
    }
    case 'itemList':
      return list(item, text, pending, answers, now)
    case 'standardsMatrix':
      return matrix(item, text, pending)
    case 'platforms':
      return platforms(item, text, pending, now)
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
