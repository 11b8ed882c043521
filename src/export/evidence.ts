/**
 * 佐证材料清单: every photo the answers carry, in form order, with the claim it supports — read from the claims of
 * the rule module (src/rules/claims.ts), so the printed list and the evidence checks never disagree. Photos for the
 * annex are matched by reference.
 */
import { findItem, type Item } from '../form'
import { allClaims, type Answers, type Claim } from '../rules'
import type { ItemListValue } from '../rules/values'

export interface EvidenceClaim {
  ref: string
  itemId: string
  /** The printed label of the row. */
  label: string
  /** What the material proves: the ticked option, the list entry, the platform. */
  claim: string
}

/** A list entry is named by its first two printed columns (名称 and 专利号, 标准名称 and 标准号…). */
function entryName(item: Item, answers: Answers, c: Claim): string {
  if (item.kind !== 'itemList') return c.what
  const entry = (answers[item.id]?.value as ItemListValue | undefined)?.entries?.[Number(c.target.split('.')[1])]
  return item.fields
    .slice(0, 2)
    .map((f) => entry?.fields?.[f.id])
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(' ')
}

/** What the printed list says a claim proves: the tick, the entry, the platform, or the option chosen (是). */
function provenThing(item: Item, answers: Answers, c: Claim): string {
  switch (item.kind) {
    case 'checklist':
    case 'platforms':
      return c.what
    case 'itemList':
      return entryName(item, answers, c)
    case 'choice':
      return item.options.find((o) => o.id === answers[item.id]?.value)?.label ?? ''
    default:
      return ''
  }
}

export function evidenceClaims(answers: Answers): EvidenceClaim[] {
  return allClaims(answers).flatMap((c) => {
    const item = findItem(c.itemId)
    if (!item) return []
    const claim = provenThing(item, answers, c)
    return c.refs.map((ref) => ({ ref, itemId: item.id, label: item.label, claim }))
  })
}

/** A photo's number as printed: the first 8 hex digits of its SHA-256 (other references as they are). */
export const printedRef = (ref: string) => (/^[a-f0-9]{64}$/.test(ref) ? ref.slice(0, 8) : ref)
