import { findItem } from '../form'
import { parseNumber, toNumber } from './decimal'
import type { Answers, ChecklistValue, ItemListValue, YearRowValue } from './values'

/** Reading answers for cross-item rules: a value that is missing or unparseable reads as undefined. */
export function yearValue(answers: Answers, itemId: string, year: string): number | undefined {
  const row = answers[itemId]?.value as YearRowValue | undefined
  if (row === null || typeof row !== 'object') return undefined
  return numberOf(row[year as keyof YearRowValue], itemId)
}

export function numberValue(answers: Answers, itemId: string): number | undefined {
  return numberOf(answers[itemId]?.value, itemId)
}

function numberOf(raw: unknown, itemId: string): number | undefined {
  const item = findItem(itemId)
  const kind = item && (item.kind === 'number' || item.kind === 'yearRow') ? item.numberKind : 'amount'
  const r = parseNumber(raw, kind)
  return r.ok ? toNumber(r.value) : undefined
}

export function countOf(raw: unknown): number | undefined {
  const r = parseNumber(raw, 'count')
  return r.ok ? Number(r.value) : undefined
}

/** The printed label of the chosen option, e.g. 是. */
export function choiceLabel(answers: Answers, itemId: string): string | undefined {
  const item = findItem(itemId)
  const id = answers[itemId]?.value
  if (!item || item.kind !== 'choice' || typeof id !== 'string') return undefined
  return item.options.find((o) => o.id === id)?.label
}

export function listEntries(answers: Answers, itemId: string): ItemListValue['entries'] | undefined {
  const v = answers[itemId]?.value as ItemListValue | undefined
  return v && Array.isArray(v.entries) ? v.entries : undefined
}

export function ticked(answers: Answers, itemId: string): ChecklistValue | undefined {
  const v = answers[itemId]?.value as ChecklistValue | undefined
  return v && Array.isArray(v.ticked) ? v : undefined
}
