/**
 * The app's side of reminders: a credit per accepted one-time subscription (`grantReminderCredit`), what home's
 * 我的待办 needs from the cloud (`reminderStatus`: credits left, the county's returned items), and the reminders
 * sent to the caller for the 消息 page (`listMessages`). The scan itself is remindersScan.ts (timer).
 *
 * A credit is what the app reports after wx.requestSubscribeMessage returned `accept` for the template (the
 * platform tells the server nothing at that moment). A client that reports more than it was given gains nothing:
 * WeChat refuses the extra sends with 43101 and the scan then sets the count to 0.
 */
import { z } from 'zod'
import { ok } from '../../errors'
import { REMINDER_CONFIG, TEMPLATE_NAMES } from '../../reminders'
import { membership } from './access'
import { define } from './define'
import type { Role, Store } from '../ports/store'

const appId = z.string().min(1).max(64)
const template = z.enum(TEMPLATE_NAMES)

/** The credits of the caller, by template name. */
async function creditsOf(store: Store, openid: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const t of TEMPLATE_NAMES) out[t] = (await store.reminderCredits([openid], t))[openid] ?? 0
  return out
}

export const grantReminderCredit = define(
  z
    .object({ templates: z.array(template).min(1).max(3) })
    .strict()
    .refine((e) => new Set(e.templates).size === e.templates.length, { path: ['templates'] }),
  async (event, { caller, clock, store }) => {
    const at = clock.now().toISOString()
    for (const t of event.templates) await store.addReminderCredits(caller.openid, t, 1, at)
    return ok({ credits: await creditsOf(store, caller.openid) })
  },
  { arrays: { templates: 3 } }
)

export interface ReminderStatus {
  /** The caller's role and sections as the cloud has them now (the owner may have reassigned them). */
  role: Role
  sections: string[]
  credits: Record<string, number>
  daysBefore: number[]
  returned: { itemId: string; comment: string }[]
}

export const reminderStatus = define(z.object({ appId }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const app = await store.getApplication(event.appId)
  const returned = app?.review?.status === 'returned' ? app.review.returned : []
  const status: ReminderStatus = { role: m.member.role, sections: m.member.sections, credits: await creditsOf(store, caller.openid), daysBefore: [...REMINDER_CONFIG.policy.daysBefore], returned }
  return ok(status)
})

export interface MessageView {
  id: string
  appId: string
  day: string
  at: string
  kind: 'member' | 'ownerSummary'
  title: string
  body: string
  deadlineLine: string
  itemId: string | null
}

export const listMessages = define(z.object({ limit: z.number().int().min(1).max(50).optional() }).strict(), async (event, { caller, store }) => {
  const logs = await store.remindersOf(caller.openid, event.limit ?? 50)
  const messages: MessageView[] = logs.map((l) => ({
    id: l.id,
    appId: l.appId,
    day: l.day,
    at: l.at,
    kind: l.message.kind,
    title: l.message.title,
    body: l.message.body,
    deadlineLine: l.message.deadlineLine,
    itemId: l.message.itemId
  }))
  return ok(messages)
})
