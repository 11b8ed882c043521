/**
 * Claims that need proof (填报说明: 佐证材料 for every ticked box marked “勾选需提供佐证材料”, every row marked
 * “需提供清单及佐证材料”, and a 如涉及 answer of 是), read from an answer, and the photos (evidence references)
 * each one carries. The evidence rule, the chat, the evidence page, submission and the export all read claims
 * here, and photos are added and removed here, so a reference sits in the same place of the answer everywhere.
 */
import { allItems, type Item } from '../form'
import { isBlank } from './text'
import type { Answer, Answers, ChecklistValue, ItemListValue, PlatformsValue } from './values'

export interface Claim {
  itemId: string
  /** Where in the answer: a ticked option id, `entries.<i>`, `<tier>.entries.<i>`, or '' for the answer itself. */
  target: string
  /** What is claimed, as the operator reads it (the option's text, “…第3条”, “省级：…中心”, the item). */
  what: string
  /** The same claim across edits: the option id, `entry:<list entry id>`, `<tier>:<platform name>`, or ''. */
  key: string
  /** Photo references (SHA-256 of each photo), blanks left out. */
  refs: string[]
}

const refsOf = (refs: readonly string[] | undefined) => (Array.isArray(refs) ? refs.filter((r) => typeof r === 'string' && !isBlank(r)) : [])

/** Items whose list is itemised elsewhere (a count with its list beside it) carry their proof on the list entries. */
const itemisedElsewhere = new Set(allItems().flatMap((i) => (i.kind === 'itemList' ? i.itemises : [])))

/** Whether the form asks proof for this item at all. */
export const asksEvidence = (item: Item) =>
  (item.evidence === 'perTick' || item.evidence === 'listAndEvidence' || item.evidence === 'ifApplicable') && !itemisedElsewhere.has(item.id)

/** The items that ask for proof, in form order. */
export const EVIDENCE_ITEMS: readonly Item[] = allItems().filter(asksEvidence)

/**
 * Every claim the answer makes that needs proof, with the photos it has. No answer, no claims. `onlyMissing` skips
 * the proven ones (the evidence rule runs on every check: a list of hundreds of proven patents costs nothing).
 */
export function claimsOf(item: Item, answer: Answer | undefined, onlyMissing = false): Claim[] {
  const value = answer?.value
  if (value === undefined || value === null || !asksEvidence(item)) return []
  const out: Claim[] = []
  const claim = (target: string, what: () => string, given: readonly string[] | undefined, key: () => string = () => target) => {
    const refs = refsOf(given)
    if (!onlyMissing || refs.length === 0) out.push({ itemId: item.id, target, what: what(), key: key(), refs })
  }
  switch (item.kind) {
    case 'checklist': {
      const v = value as ChecklistValue
      if (!Array.isArray(v.ticked)) return []
      for (const t of v.ticked) {
        const option = item.options.find((o) => o.id === t)
        if (option) claim(t, () => option.label, v.evidence?.[t])
      }
      return out
    }
    case 'itemList': {
      const v = value as ItemListValue
      if (Array.isArray(v.entries)) v.entries.forEach((e, i) => claim(`entries.${i}`, () => `${item.label}第${i + 1}条`, e.evidence, () => `entry:${e.id}`))
      return out
    }
    case 'platforms': {
      const v = value as PlatformsValue
      for (const tier of item.tiers) (v[tier.id]?.entries ?? []).forEach((e, i) => claim(`${tier.id}.entries.${i}`, () => `${tier.label}：${e.name}`, e.evidence, () => `${tier.id}:${e.name}`))
      return out
    }
    case 'choice': {
      // “如涉及，需提供佐证材料”: only an answer of 是 (the first printed option) needs proof.
      const chosen = item.options.find((o) => o.id === value)
      if (chosen?.label === '是') claim('', () => item.label, answer?.evidence)
      return out
    }
    default:
      claim('', () => item.label, answer?.evidence)
      return out
  }
}

/** Every claim of the application, in form order. */
export const allClaims = (answers: Answers): Claim[] => EVIDENCE_ITEMS.flatMap((item) => claimsOf(item, answers[item.id]))

/** The answer with its refs at `target` replaced by `refs` (the value itself unchanged otherwise). */
export function withClaimRefs(item: Item, answer: Answer, target: string, refs: readonly string[]): Answer {
  const list = [...refs]
  if (target === '') return { ...answer, evidence: list }
  const value = answer.value as Record<string, unknown>
  switch (item.kind) {
    case 'checklist': {
      const v = value as unknown as ChecklistValue
      return { ...answer, value: { ...v, evidence: { ...(v.evidence ?? {}), [target]: list } } }
    }
    case 'itemList': {
      const v = value as unknown as ItemListValue
      const i = Number(target.split('.')[1])
      return { ...answer, value: { ...v, entries: v.entries.map((e, k) => (k === i ? { ...e, evidence: list } : e)) } }
    }
    case 'platforms': {
      const v = value as unknown as PlatformsValue
      const [tier, , index] = target.split('.')
      const i = Number(index)
      const t = v[tier]
      if (!t) return answer
      return { ...answer, value: { ...v, [tier]: { ...t, entries: t.entries.map((e, k) => (k === i ? { ...e, evidence: list } : e)) } } }
    }
    default:
      return { ...answer, evidence: list }
  }
}

/** Adds a photo to a claim (once) or removes it. */
export const withPhoto = (item: Item, answer: Answer, claim: Claim, hash: string): Answer =>
  withClaimRefs(item, answer, claim.target, claim.refs.includes(hash) ? claim.refs : [...claim.refs, hash])
export const withoutPhoto = (item: Item, answer: Answer, claim: Claim, hash: string): Answer =>
  withClaimRefs(item, answer, claim.target, claim.refs.filter((r) => r !== hash))

/**
 * A new answer to an item keeps the photos of every claim it still makes (a tick, a list entry with the same id,
 * a platform with the same name): re-answering never drops a certificate already taken.
 */
export function carryPhotos(item: Item, previous: Answer | undefined, next: Answer): Answer {
  if (item.kind === 'checklist') {
    // Photos of an option un-ticked stay filed under it (not a claim while un-ticked): ticking it again restores them.
    const was = (previous?.value as ChecklistValue | undefined)?.evidence
    const now = next.value as ChecklistValue | undefined
    if (!was || !now || !Array.isArray(now.ticked)) return next
    const kept = Object.fromEntries(Object.entries(was).filter(([, refs]) => refsOf(refs).length > 0))
    const merged = { ...kept, ...Object.fromEntries(Object.entries(now.evidence ?? {}).filter(([, refs]) => refsOf(refs).length > 0)) }
    return Object.keys(merged).length === 0 ? next : { ...next, value: { ...now, evidence: merged } }
  }
  const before = new Map(claimsOf(item, previous).filter((c) => c.refs.length > 0).map((c) => [c.key, c.refs]))
  if (before.size === 0) return next
  let out = next
  for (const c of claimsOf(item, next)) {
    const refs = before.get(c.key)
    if (refs && c.refs.length === 0) out = withClaimRefs(item, out, c.target, refs)
  }
  return out
}

/** The list entry a claim is about (target `entries.<i>`) and its index, or null for a claim that is not one. */
export function claimEntry(item: Item, answer: Answer | undefined, claim: Pick<Claim, 'target'>): { index: number; entry: ItemListValue['entries'][number] } | null {
  if (item.kind !== 'itemList' || !claim.target.startsWith('entries.')) return null
  const index = Number(claim.target.split('.')[1])
  const entry = (answer?.value as ItemListValue | undefined)?.entries?.[index]
  return entry ? { index, entry } : null
}

/** A list entry named by its first two printed columns (名称 and 专利号, 标准名称 and 标准号…); '' for other claims. */
export function entryDetail(item: Item, answer: Answer | undefined, claim: Pick<Claim, 'target'>): string {
  if (item.kind !== 'itemList') return ''
  const entry = claimEntry(item, answer, claim)?.entry
  return item.fields
    .slice(0, 2)
    .map((f) => entry?.fields?.[f.id])
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(' ')
}

/**
 * A value with its photo references left out (the `evidence` of a checklist, of list entries, of platforms): what
 * the operator typed or ticked. Adding a photo is not a new answer to the question on screen.
 */
export function valueWithoutPhotos(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(valueWithoutPhotos)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (k !== 'evidence') out[k] = valueWithoutPhotos(v)
  return out
}
