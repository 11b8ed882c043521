/**
 * Who is reminded in one application today, and with what: the schedule (policy.daysBefore), each member's
 * todo from one rule check of the stored answers, and the owner's summary of who is behind. Pure.
 */
import { ALL_SECTIONS, check, sectionProgress, type Answers } from '../rules'
import { UNNAMED } from '../sync/unnamed'
import type { ApplicationDoc } from '../cloud/ports/store'
import type { ReminderConfig } from './config'
import { memberMessage, ownerSummary, type ReminderMessage } from './compose'
import { isReminderDay } from './schedule'
import { memberTodo, todoScope, type TodoMember } from './todo'

export interface PlanMember extends TodoMember {
  openid: string
  displayName: string | null
}

export interface PlannedReminder {
  openid: string
  message: ReminderMessage
}

export interface PlanInput {
  app: Pick<ApplicationDoc, 'id' | 'clusterName' | 'deadline' | 'review'>
  members: readonly PlanMember[]
  answers: Answers
  now: Date
  config: ReminderConfig
}

/** A submitted or approved application is locked: nobody can change anything, so nobody is reminded. */
const locked = (app: PlanInput['app']) => app.review?.status === 'submitted' || app.review?.status === 'approved'

export function planReminders({ app, members, answers, now, config }: PlanInput): PlannedReminder[] {
  if (app.deadline === null || locked(app) || !isReminderDay(app.deadline, now, config.policy.daysBefore)) return []
  const active = members.filter((m) => !m.removedAt)
  const progress = sectionProgress(answers, check(answers, { level: 'submit', now }), ALL_SECTIONS)
  const returned = app.review?.status === 'returned' ? app.review.returned : []
  const keys = config.templates.deadline.fields
  const target = { id: app.id, name: app.clusterName.trim() || UNNAMED, deadline: app.deadline }
  const todos = active.map((m) => ({ m, todo: memberTodo({ answers, progress, scope: todoScope(m, active), returned, deadline: app.deadline, now }) }))
  const out: PlannedReminder[] = []
  const behind = todos.filter((t) => t.m.role !== 'owner' && t.todo.items.length > 0).map((t) => ({ name: t.m.displayName ?? '微信用户', todo: t.todo }))
  for (const { m, todo } of todos) {
    if (m.role === 'owner' && config.policy.ownerSummary) {
      if (todo.items.length > 0 || behind.length > 0) out.push({ openid: m.openid, message: ownerSummary(target, todo, behind, keys) })
    } else if (todo.items.length > 0) out.push({ openid: m.openid, message: memberMessage(target, todo, keys) })
  }
  return out
}
