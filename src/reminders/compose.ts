/**
 * A reminder as WeChat receives it (template fields within their limits, see fields.ts) and as the 消息 page
 * shows it (full sentences). The page path opens the 消息 page, which chooses the application and opens the
 * chat at the member's first open question.
 */
import type { TemplateFields } from './config'
import { daysLeftPhrase, deadlineTime, thing } from './fields'
import { shortTitle, type MemberTodo } from './todo'

export type ReminderKind = 'member' | 'ownerSummary'

export interface ReminderMessage {
  kind: ReminderKind
  /** The application's name. */
  title: string
  /** What the 消息 page shows under the title. */
  body: string
  /** The deadline line (the same words as home's banner). */
  deadlineLine: string
  /** The question a tap opens; null for an owner summary without work of the owner's own. */
  itemId: string | null
  /** subscribeMessage.send `page`: a page of this mini-program with its query. */
  page: string
  data: Record<string, { value: string }>
}

export interface ReminderApp {
  id: string
  name: string
  deadline: string
}

export const MESSAGES_PAGE = 'pages/messages/index'

export function messagePage(appId: string, itemId: string | null): string {
  return `${MESSAGES_PAGE}?app=${encodeURIComponent(appId)}${itemId ? `&item=${encodeURIComponent(itemId)}` : ''}`
}

/** The todo in a few words (before the 20-character cut). */
export function todoThing(todo: MemberTodo): string {
  const count = (kind: MemberTodo['items'][number]['kind']) => todo.items.filter((i) => i.kind === kind)
  const returned = count('returned')
  if (returned.length) return `县级退回${returned.length}项待修改`
  const sections = count('section')
  if (sections.length === 1) return `${shortTitle(sections[0].sectionId)}还有${sections[0].count}项必填未填`
  if (sections.length > 1) return `${shortTitle(sections[0].sectionId)}等${sections.length}个部分未填完`
  const errors = count('error')
  if (errors.length) return `${shortTitle(errors[0].sectionId)}等有${errors.reduce((n, e) => n + e.count, 0)}处错误待改`
  const warnings = count('warning')
  if (warnings.length) return `${shortTitle(warnings[0].sectionId)}等有${warnings.reduce((n, w) => n + w.count, 0)}处待说明`
  const evidence = count('evidence')
  return `缺佐证材料${evidence.reduce((n, e) => n + e.count, 0)}项`
}

/** “您还有 3 项待办：…；…；…。” — at most three named, then “等”. */
export function todoSentence(todo: MemberTodo): string {
  const named = todo.items.slice(0, 3).map((i) => i.text)
  return `您还有 ${todo.items.length} 项待办：${named.join('；')}${todo.items.length > 3 ? '等' : ''}。`
}

function fields(app: ReminderApp, todoText: string, keys: TemplateFields, days: number): Record<string, { value: string }> {
  return {
    [keys.application]: { value: thing(app.name) },
    [keys.todo]: { value: thing(todoText) },
    [keys.deadline]: { value: deadlineTime(app.deadline) },
    [keys.status]: { value: daysLeftPhrase(days) }
  }
}

/** A member's own reminder (the todo must not be empty). */
export function memberMessage(app: ReminderApp, todo: MemberTodo, keys: TemplateFields): ReminderMessage {
  return {
    kind: 'member',
    title: app.name,
    body: todoSentence(todo),
    deadlineLine: todo.deadlineText,
    itemId: todo.firstItemId,
    page: messagePage(app.id, todo.firstItemId),
    data: fields(app, todoThing(todo), keys, todo.daysLeft ?? 0)
  }
}

export interface Behind {
  name: string
  todo: MemberTodo
}

/**
 * The owner's one message of the day: who is behind (names in form order of their first open section), and
 * the owner's own todo, if any.
 */
export function ownerSummary(app: ReminderApp, own: MemberTodo, behind: readonly Behind[], keys: TemplateFields): ReminderMessage {
  if (behind.length === 0) return memberMessage(app, own, keys)
  const names = behind.map((b) => b.name)
  const who = behind.map((b) => `${b.name}（${b.todo.items.length} 项）`).join('、')
  const mine = own.items.length ? todoSentence(own) : ''
  return {
    kind: 'ownerSummary',
    title: app.name,
    body: `${behind.length} 位成员还有未完成的内容：${who}。${mine}`,
    deadlineLine: own.deadlineText,
    itemId: own.firstItemId,
    page: messagePage(app.id, own.firstItemId),
    data: fields(app, `${behind.length}人未完成：${names.join('、')}`, keys, own.daysLeft ?? 0)
  }
}
