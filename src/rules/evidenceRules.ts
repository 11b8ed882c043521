/**
 * 填报说明: 佐证材料 for every ticked box marked “勾选需提供佐证材料”, for every row marked “需提供清单及佐证材料”
 * and for a 如涉及 answer of 是. The claims and the photos they carry are read in ./claims.ts.
 */
import type { CrossRule } from './crossRules'
import { claimsOf, EVIDENCE_ITEMS } from './claims'
import { finding } from './emit'

export const EVIDENCE_RULES: readonly CrossRule[] = EVIDENCE_ITEMS.map((item) => ({
  id: `evidence:${item.id}`,
  family: 'evidence' as const,
  inputs: [item.id],
  minLevel: 'submit' as const,
  sections: [],
  run: (answers) =>
    claimsOf(item, answers[item.id], true).map((c) => finding('EVIDENCE_MISSING', 'error', [item.id], { what: c.what }, c.target === '' ? {} : { path: c.target }))
}))
