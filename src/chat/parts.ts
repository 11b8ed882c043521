/**
 * One way for every multi-part answer (year rows, lists, the standards matrix, platforms, count groups, the
 * plan, checklists) to keep its finished parts: each part is judged by the rule module as it is typed, a
 * refused part is asked again alone, and progress left behind (“跳过”, “上一题”, a jump, a reload) is parked
 * as a draft of the item and resumed when the item is asked again.
 */
import { type Item } from '../form'
import { CURRENT_ROUND, judgeAnswer, valueFindings, type Answers, type Finding } from '../rules'
import { indicatorPrompt, indicatorRows, listDonePrompt, listEditPrompt, listPrompt, matrixPrompt, planPartPrompt, platformCountPrompt, platformNamesPrompt } from './prompts'
import type { Pending } from './types'

/** Missing-ness of the parts not typed yet is not a fault of the part being judged. */
const ABOUT_OTHER_PARTS = new Set(['REQUIRED_MISSING', 'LIST_ENTRY_INCOMPLETE', 'LIST_EMPTY', 'PLAN_PART_MISSING'])

/**
 * The rule module's refusals of one part (`path`, e.g. "2022" or "entries.4.name") of a candidate value: the
 * same value rules that judge the whole answer, applied while the part is typed.
 */
export function partErrors(item: Item, candidate: unknown, path: string, now: Date, answers?: Answers): Finding[] {
  // With the other answers, a relation is judged per part too: a 2021 count over 2021's 企业数量 is refused
  // as soon as 2021 is typed.
  const found = answers ? judgeAnswer(item, { value: candidate }, answers, { now }).errors : valueFindings(item, { value: candidate }, { config: CURRENT_ROUND, now })
  return found.filter(
    (f) => f.severity === 'error' && f.path === path && !ABOUT_OTHER_PARTS.has(f.code)
  )
}

/** Whether a pending answer holds finished parts worth keeping when the operator leaves the item. */
export function hasProgress(p: Pending | null | undefined): boolean {
  if (!p) return false
  switch (p.kind) {
    case 'yearRow':
      return Object.keys(p.values).length > 0
    case 'checklist':
      return p.from ? p.ticked.join() !== p.from.join() : p.ticked.length > 0
    case 'list':
      return p.entries.length > 0 || Object.keys(p.current).length > 0
    case 'matrix':
      return Object.keys(p.values).length > 0
    case 'platforms':
      return Object.keys(p.values).length > 0
    case 'counts':
      return Object.keys(p.values).length > 0
    case 'plan':
      return Object.keys(p.parts).length > 0 || p.indicators.length > 0
    case 'explain':
    case 'offer':
      return false
  }
}

const ticked = (item: Item, ids: string[]) =>
  item.kind === 'checklist' ? ids.map((id) => item.options.find((o) => o.id === id)?.label ?? id).join('；') : ''

/** What to ask next for a pending answer (the same prompts the item asks while being filled). */
export function nextPrompt(item: Item, p: Pending, answers: Answers): string {
  switch (p.kind) {
    case 'yearRow':
      return item.kind === 'yearRow' ? `请填写${p.years[0]}年的数值（${item.unit}）` : ''
    case 'checklist':
      return `已选 ${p.ticked.length} 项${p.ticked.length ? `：${ticked(item, p.ticked)}` : ''}。继续点选，或回复“完成”。`
    case 'list':
      if (item.kind !== 'itemList') return ''
      if (p.askMore) return listDonePrompt(p.entries.length)
      {
        const at = p.editing === undefined ? -1 : p.entries.findIndex((e) => e.id === p.editing)
        return at >= 0 ? listEditPrompt(item, at, p.field, p.entries[at].fields[item.fields[p.field].id]) : listPrompt(item, p.entries.length, p.field)
      }
    case 'matrix':
      return item.kind === 'standardsMatrix' ? matrixPrompt(item, p.year) : ''
    case 'platforms':
      if (item.kind !== 'platforms') return ''
      return p.stage === 'count' ? platformCountPrompt(item, p.tier) : platformNamesPrompt(p.values[item.tiers[p.tier].id])
    case 'counts':
      return item.kind === 'countGroup' ? `请填写${item.counts[p.index].label}` : ''
    case 'plan':
      if (item.kind !== 'plan') return ''
      return p.part < item.parts.length ? planPartPrompt(item, p.part) : indicatorPrompt(indicatorRows(item)[p.row], answers)
    case 'explain':
    case 'offer':
      return ''
  }
}

/**
 * A whole answer was refused for some of its parts: the pending answer that keeps the good parts and asks
 * the refused ones again, or null when the item has no separable parts.
 */
export function keepGoodParts(item: Item, value: unknown, refused: readonly Pick<Finding, 'path'>[]): Pending | null {
  if (item.kind !== 'yearRow' || value === null || typeof value !== 'object') return null
  const bad = item.years.map(String).filter((y) => refused.some((f) => f.path === y))
  if (bad.length === 0) return null
  const values = Object.fromEntries(Object.entries(value as Record<string, string>).filter(([y]) => !bad.includes(y)))
  return { kind: 'yearRow', values, years: bad }
}
