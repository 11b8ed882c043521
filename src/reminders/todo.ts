/**
 * 我的待办: what one member still has to do in one application — their incomplete sections, errors to fix, warnings
 * without an explanation, missing evidence, items the county returned — with the deadline in Shanghai days. Pure: home
 * shows it from the answers on the device, the reminder scan from the stored answers, with the same result.
 */
import { FORM, findItem, getSection, isAnswerable, qualifiedLabel, sectionNumeral, sectionOf, type SectionId } from '../form'
// The progress module alone, not the rule index: home (我的待办) must not pull the whole rule module into the main package.
import { assignedSections, ownerScope, scopeFor, type SectionProgress } from '../rules/progress'
import type { Answers } from '../rules/values'
import type { Role } from '../cloud/ports/store'
// The days-left arithmetic home's deadline banner uses (pure, dayjs in Asia/Shanghai): one definition of a day.
import { daysLeft, deadlineText } from '../components/DeadlineBanner/deadline'

export interface TodoMember {
  role: Role
  sections: readonly string[]
  removedAt?: string | null
}

export type TodoKind = 'returned' | 'section' | 'error' | 'warning' | 'evidence'

export interface TodoItem {
  kind: TodoKind
  sectionId: SectionId
  /** The question a tap opens in the chat. */
  itemId: string
  count: number
  text: string
}

export interface MemberTodo {
  items: TodoItem[]
  /** The first question to open: where a reminder's page path points. */
  firstItemId: string | null
  deadline: string | null
  daysLeft: number | null
  deadlineText: string
}

/**
 * The sections a member is reminded about: an operator's assigned ones; the owner's those no active operator
 * was given (the others are the operators' to fill; the owner hears about them in the summary); the city's
 * opinion is optional and the county fills nothing, so both have none.
 */
export function todoScope(member: TodoMember, members: readonly TodoMember[]): SectionId[] {
  if (member.role === 'owner') {
    return ownerScope(assignedSections(members))
  }
  return member.role === 'operator' ? scopeFor(member.role, member.sections) : []
}

/** 第二部分 for “二、主导产业情况”; 封面 stays 封面 (short enough for a 20-character field). */
export function shortTitle(sectionId: SectionId): string {
  const numeral = sectionNumeral(sectionId)
  return numeral === getSection(sectionId).title ? numeral : `第${numeral}部分`
}

const titleOf = (sectionId: SectionId) => FORM.sections.find((s) => s.id === sectionId)?.title ?? sectionId

/** The first required question without an answer in a section, in form order. */
export function firstMissing(answers: Answers, sectionId: SectionId): string | null {
  const section = FORM.sections.find((s) => s.id === sectionId)
  const item = section?.items.find((i) => isAnswerable(i) && i.required && answers[i.id]?.value === undefined)
  return item?.id ?? null
}

export interface TodoInput {
  answers: Answers
  /** Section progress (src/rules/progress.ts) of at least the sections in `scope`. */
  progress: readonly SectionProgress[]
  scope: readonly SectionId[]
  /** Items the county returned, while the application is returned. */
  returned: readonly { itemId: string; comment: string }[]
  deadline: string | null
  now: Date
}

export function memberTodo(input: TodoInput): MemberTodo {
  const items: TodoItem[] = []
  for (const r of input.returned) {
    const section = sectionOf(r.itemId)?.id
    const item = findItem(r.itemId)
    if (!section || !item || !input.scope.includes(section)) continue
    items.push({ kind: 'returned', sectionId: section, itemId: r.itemId, count: 1, text: `县级审核退回“${qualifiedLabel(item)}”：${r.comment}` })
  }
  for (const p of input.progress) {
    if (!input.scope.includes(p.id)) continue
    const missing = p.required - p.requiredAnswered
    const first = missing > 0 ? firstMissing(input.answers, p.id) : null
    if (first) items.push({ kind: 'section', sectionId: p.id, itemId: first, count: missing, text: `${titleOf(p.id)}：还有 ${missing} 项必填未填写` })
    if (p.errors.length) items.push({ kind: 'error', sectionId: p.id, itemId: p.errors[0].itemIds[0], count: p.errors.length, text: `${titleOf(p.id)}：${p.errors.length} 处错误待修改` })
    if (p.warnings.length) items.push({ kind: 'warning', sectionId: p.id, itemId: p.warnings[0].itemIds[0], count: p.warnings.length, text: `${titleOf(p.id)}：${p.warnings.length} 处提醒待说明` })
    if (p.missingEvidence.length)
      items.push({ kind: 'evidence', sectionId: p.id, itemId: p.missingEvidence[0].itemIds[0], count: p.missingEvidence.length, text: `${titleOf(p.id)}：缺佐证材料 ${p.missingEvidence.length} 项` })
  }
  const when = deadlineOf(input.deadline, input.now)
  return { items, firstItemId: items[0]?.itemId ?? null, deadline: input.deadline, daysLeft: when.daysLeft, deadlineText: when.text }
}

/** The last deadline computed: the scan asks for the same one for every member of an application (dayjs parses are slow). */
let lastDeadline: { deadline: string | null; ms: number; daysLeft: number | null; text: string } | null = null

function deadlineOf(deadline: string | null, now: Date): { daysLeft: number | null; text: string } {
  const ms = now.getTime()
  if (lastDeadline === null || lastDeadline.deadline !== deadline || lastDeadline.ms !== ms) {
    lastDeadline = { deadline, ms, daysLeft: deadline ? daysLeft(deadline, now) : null, text: deadlineText(deadline, now) }
  }
  return lastDeadline
}
