/** One item's answer as the printed lines of its value cell (everything except the section-shaped tables). */
import { assertNever, type Item } from '../form'
import type { Answer } from '../rules'
import { NONE, printDate, printNumber, tick } from './format'

type Rec = Record<string, unknown>
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/** Ticked option ids of a choice (one id) or a checklist ({ticked}). */
export function tickedIds(item: Item, answer: Answer | undefined): string[] {
  if (answer === undefined) return []
  if (item.kind === 'choice') return typeof answer.value === 'string' ? [answer.value] : []
  const ticked = rec(answer.value).ticked
  return Array.isArray(ticked) ? ticked.filter((t): t is string => typeof t === 'string') : []
}

/** A warning's stored explanation is printed under the value, so the paper says what the reviewer read online. */
export const explanationLine = (answer: Answer | undefined): string[] =>
  answer?.explanation ? [`（说明：${answer.explanation}）`] : []

/**
 * The value cell of a one-cell item: text as typed (“无” stays “无”), numbers with their unit and two decimals,
 * every option with ☑/☐ as on the printed boxes, the printed note last. Returns [] when unanswered.
 */
export function valueLines(item: Item, answer: Answer | undefined): string[] {
  const v = answer?.value
  const note = item.note !== undefined ? [item.note] : []
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'textBlock':
      return v === undefined ? [] : [str(v)]
    case 'date':
      return v === undefined ? [] : [printDate(v)]
    case 'number': {
      const n = printNumber(v, item.numberKind)
      // A label that already names the unit (“比例（%）”) is followed by the number alone, not “6.20 %” under “（%）”.
      const unitInLabel = item.label.endsWith(`（${item.unit}）`)
      return [n === '' || n === NONE || unitInLabel ? n : `${n} ${item.unit}`, ...note].filter((l) => l !== '')
    }
    case 'region': {
      const r = rec(v)
      return v === undefined ? [] : [`${str(r.city)}${str(r.county)}`]
    }
    case 'choice': {
      const on = tickedIds(item, answer)
      return [item.options.map((o) => tick(on.includes(o.id), o.label)).join('  '), ...note]
    }
    case 'checklist': {
      const on = tickedIds(item, answer)
      return [...(item.prompt ? [item.prompt] : []), ...item.options.map((o) => tick(on.includes(o.id), o.label)), ...note]
    }
    case 'countGroup': {
      const r = rec(v)
      return [...item.counts.map((c) => `${c.label} ${str(r[c.id]) || (v === undefined ? '' : '0')}`.trim()), ...note]
    }
    case 'yearRow':
    case 'itemList':
    case 'standardsMatrix':
    case 'platforms':
    case 'plan':
    case 'statement':
    case 'paperMark':
      // Printed as tables or places of their own (sections.ts).
      return []
    default:
      return assertNever(item)
  }
}

/** A list's rows, or “无” when the applicant has none. */
export function listRows(item: Extract<Item, { kind: 'itemList' }>, answer: Answer | undefined): string[][] | typeof NONE | null {
  if (answer === undefined) return null
  const v = rec(answer.value)
  const entries = Array.isArray(v.entries) ? (v.entries as { fields?: Rec }[]) : []
  if (v.none === true || entries.length === 0) return NONE
  return entries.map((e, i) => [String(i + 1), ...item.fields.map((f) => str(rec(e.fields)[f.id]))])
}
