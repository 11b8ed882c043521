/**
 * 填报说明: 佐证材料 for every ticked box marked “勾选需提供佐证材料” and for every row marked
 * “需提供清单及佐证材料”. Evidence references (photo ids) sit on the answer; the photos come later.
 */
import { allItems, type Item } from '../form'
import type { CrossRule } from './crossRules'
import { finding } from './emit'
import type { Finding } from './findings'
import { isBlank } from './text'
import type { Answer, ChecklistValue, ItemListValue, PlatformsValue } from './values'

const has = (refs: readonly string[] | undefined) => Array.isArray(refs) && refs.some((r) => !isBlank(r))

/** Items whose list is itemised elsewhere carry their evidence on the list entries. */
const itemisedElsewhere = new Set(allItems().flatMap((i) => (i.kind === 'itemList' ? i.itemises : [])))

function missing(item: Item, answer: Answer | undefined): Finding[] {
  const value = answer?.value
  if (value === undefined || value === null) return []
  const miss = (what: string, path?: string) => finding('EVIDENCE_MISSING', 'error', [item.id], { what }, path === undefined ? {} : { path })
  switch (item.kind) {
    case 'checklist': {
      const v = value as ChecklistValue
      if (!Array.isArray(v.ticked)) return []
      return v.ticked.flatMap((t) => {
        const option = item.options.find((o) => o.id === t)
        return option && !has(v.evidence?.[t]) ? [miss(option.label, t)] : []
      })
    }
    case 'itemList': {
      const v = value as ItemListValue
      if (!Array.isArray(v.entries)) return []
      return v.entries.flatMap((e, i) => (has(e.evidence) ? [] : [miss(`${item.label}第${i + 1}条`, `entries.${i}`)]))
    }
    case 'platforms': {
      const v = value as PlatformsValue
      return item.tiers.flatMap((tier) =>
        (v[tier.id]?.entries ?? []).flatMap((e, i) => (has(e.evidence) ? [] : [miss(`${tier.label}：${e.name}`, `${tier.id}.entries.${i}`)]))
      )
    }
    case 'choice': {
      // “如涉及，需提供佐证材料”: only an answer of 是 (the first printed option) needs proof.
      const chosen = item.options.find((o) => o.id === value)
      return chosen?.label === '是' && !has(answer?.evidence) ? [miss(item.label)] : []
    }
    default:
      return itemisedElsewhere.has(item.id) || has(answer?.evidence) ? [] : [miss(item.label)]
  }
}

export const EVIDENCE_RULES: readonly CrossRule[] = allItems()
  .filter((item) => item.evidence === 'perTick' || item.evidence === 'listAndEvidence' || item.evidence === 'ifApplicable')
  .map((item) => ({
    id: `evidence:${item.id}`,
    family: 'evidence' as const,
    inputs: [item.id],
    minLevel: 'submit' as const,
    sections: [],
    run: (answers) => missing(item, answers[item.id])
  }))
