/**
 * 佐证材料清单: every evidence reference the answers carry, in form order, with the claim it supports
 * (填报说明: 佐证材料; “勾选需提供佐证材料”, “需提供清单及佐证材料”). Photos for the annex are matched by reference.
 */
import { FORM, type Item } from '../form'
import type { Answer, Answers } from '../rules'

export interface EvidenceClaim {
  ref: string
  itemId: string
  /** The printed label of the row. */
  label: string
  /** What the material proves: the ticked option, the list entry, the platform. */
  claim: string
}

type Rec = Record<string, unknown>
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {})
const refs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((r): r is string => typeof r === 'string') : [])

function claimsOf(item: Item, answer: Answer): EvidenceClaim[] {
  const out: EvidenceClaim[] = []
  const add = (list: unknown, claim: string) => {
    for (const ref of refs(list)) out.push({ ref, itemId: item.id, label: item.label, claim })
  }
  const v = rec(answer.value)
  if (item.kind === 'choice') {
    add(answer.evidence, item.options.find((o) => o.id === answer.value)?.label ?? '')
  } else if (item.kind === 'checklist') {
    const byOption = rec(v.evidence)
    for (const o of item.options) add(byOption[o.id], o.label)
  } else if (item.kind === 'itemList') {
    const entries = Array.isArray(v.entries) ? (v.entries as Rec[]) : []
    for (const e of entries) {
      const fields = rec(e.fields)
      add(e.evidence, item.fields.slice(0, 2).map((f) => fields[f.id]).filter((x) => typeof x === 'string' && x !== '').join(' '))
    }
  } else if (item.kind === 'platforms') {
    for (const t of item.tiers) for (const e of Array.isArray(rec(v[t.id]).entries) ? (rec(v[t.id]).entries as Rec[]) : []) add(e.evidence, `${t.label}：${String(e.name ?? '')}`)
  } else {
    add(answer.evidence, '')
  }
  return out
}

export function evidenceClaims(answers: Answers): EvidenceClaim[] {
  const out: EvidenceClaim[] = []
  for (const section of FORM.sections) {
    for (const item of section.items) {
      const answer = answers[item.id]
      if (answer !== undefined && item.mirrorOf === undefined) out.push(...claimsOf(item, answer))
    }
  }
  return out
}
