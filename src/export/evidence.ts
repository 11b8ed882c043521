/**
 * 佐证材料清单: every photo the answers carry, in form order, with the claim it supports — read from the claims of
 * the rule module (src/rules/claims.ts), so the printed list and the evidence checks never disagree. Photos for the
 * annex are matched by reference.
 */
import { findItem, type Item } from '../form'
import { allClaims, entryDetail, type Answers, type Claim } from '../rules'

export interface EvidenceClaim {
  ref: string
  itemId: string
  /** The printed label of the row. */
  label: string
  /** What the material proves: the ticked option, the list entry, the platform. */
  claim: string
}

/** What the printed list says a claim proves: the tick, the entry, the platform, or the option chosen (是). */
function provenThing(item: Item, answers: Answers, c: Claim): string {
  switch (item.kind) {
    case 'checklist':
    case 'platforms':
      return c.what
    case 'itemList':
      return entryDetail(item, answers[item.id], c)
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
