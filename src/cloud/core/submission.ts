/**
 * 提交, 县级审核 and 撤回: each a pure handler over the stored application. The server runs the 提交-level check on
 * the stored answers (never the client's word); each step is one guarded store transaction (Store.setReview).
 */
import { z } from 'zod'
import { findItem, isAnswerable } from '../../form'
import { ERROR_MESSAGES, fail, ok, type CloudResult } from '../../errors'
import { CURRENT_ROUND, blocksSubmission, check, type Finding } from '../../rules'
import type { ApplicationDoc, ReviewState } from '../ports/store'
import { membership } from './access'
import { define, type SignedContext } from './define'
import type { NamedMemberDoc } from './names'
import { emptyReview, logEntry, statusOf } from './review'
import { storedAnswers } from './storedAnswers'
import { notUploadedMessage, photosNotUploaded } from './evidence'

const appId = z.string().min(1).max(64)
const ATTEMPTS = 3

/** What still blocks submission: each error, and each warning without its explanation. */
export interface ToFix {
  itemIds: string[]
  severity: Finding['severity']
  message: string
}

export type SubmitResult =
  | { submitted: true; status: 'submitted'; version: number; at: string }
  | { submitted: false; code: 'SUBMIT_BLOCKED'; message: string; toFix: ToFix[] }

/**
 * Applies one review step to the application as read, retrying on a racing change (a write or another step
 * moved seq or version): `step` decides again from the fresh application each time.
 */
async function guardedStep<T>(
  ctx: SignedContext,
  id: string,
  step: (app: ApplicationDoc, review: ReviewState) => Promise<CloudResult<T> | { review: ReviewState; version: number; result: T }>
): Promise<CloudResult<T>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const app = await ctx.store.getApplication(id)
    if (!app) return fail('NOT_FOUND')
    const decided = await step(app, app.review ?? emptyReview())
    if ('ok' in decided) return decided
    if (await ctx.store.setReview(id, { seq: app.seq, version: app.version }, { review: decided.review, version: decided.version })) return ok(decided.result)
  }
  return fail('BUSY')
}

/** The owner submits: refused with the list of what to fix unless the stored answers pass the 提交 check. */
export const submitApplication = define(z.object({ appId }).strict(), async (event, ctx) => {
  const m = await membership(ctx.store, event.appId, ctx.caller.openid)
  if (!m.ok) return m.result
  if (m.member.role !== 'owner') return fail('OWNER_ONLY')
  return guardedStep<SubmitResult>(ctx, event.appId, async (app, review) => {
    const status = statusOf(app)
    if (status === 'submitted' || status === 'approved') return fail('ALREADY_SUBMITTED')
    const now = ctx.clock.now()
    const answers = await storedAnswers(ctx.store, app.id)
    const findings = check(answers, { level: 'submit', now, config: CURRENT_ROUND })
    const toFix: ToFix[] = [
      ...findings.filter(blocksSubmission).map((f) => ({ itemIds: f.itemIds, severity: f.severity, message: f.message })),
      ...(await photosNotUploaded(ctx.store, app.id, answers)).map((c) => ({ itemIds: [c.itemId], severity: 'error' as const, message: notUploadedMessage(c.what) }))
    ]
    if (toFix.length > 0) return ok({ submitted: false, code: 'SUBMIT_BLOCKED', message: ERROR_MESSAGES.SUBMIT_BLOCKED, toFix })
    const at = now.toISOString()
    return {
      review: { status: 'submitted', returned: [], log: [...review.log, logEntry(m.member as NamedMemberDoc, 'submit', at, app.version)] },
      version: app.version,
      result: { submitted: true, status: 'submitted', version: app.version, at }
    }
  })
})

const returnedItem = z.object({ itemId: z.string().min(1).max(64), comment: z.string().trim().min(1).max(200) }).strict()

/**
 * 县级审核: returns single items with a comment (the application opens again for fixing them) or approves it;
 * who and when are logged. Only while submitted.
 */
export const reviewApplication = define(
  z.discriminatedUnion('decision', [
    z.object({ appId, decision: z.literal('return'), items: z.array(returnedItem).min(1).max(50) }).strict(),
    z.object({ appId, decision: z.literal('approve') }).strict()
  ]),
  async (event, ctx) => {
    const m = await membership(ctx.store, event.appId, ctx.caller.openid)
    if (!m.ok) return m.result
    if (m.member.role !== 'countyReviewer') return fail('COUNTY_ONLY')
    if (event.decision === 'return') {
      const unknown = event.items.find((i) => {
        const item = findItem(i.itemId)
        return !item || !isAnswerable(item)
      })
      if (unknown) return fail('UNKNOWN_ITEM', unknown.itemId)
    }
    return guardedStep<{ status: ReviewState['status']; at: string }>(ctx, event.appId, async (app, review) => {
      if (statusOf(app) !== 'submitted') return fail('NOT_SUBMITTED')
      const at = ctx.clock.now().toISOString()
      const member = m.member as NamedMemberDoc
      const next: ReviewState =
        event.decision === 'return'
          ? { status: 'returned', returned: event.items, log: [...review.log, logEntry(member, 'return', at, app.version, event.items.map((i) => i.itemId).join('、'))] }
          : { status: 'approved', returned: [], log: [...review.log, logEntry(member, 'approve', at, app.version)] }
      return { review: next, version: app.version, result: { status: next.status, at } }
    })
  }
)

/** The owner takes a submitted or approved application back for changes: logged with the reason, a new version. */
export const reopenApplication = define(z.object({ appId, reason: z.string().trim().min(1).max(200) }).strict(), async (event, ctx) => {
  const m = await membership(ctx.store, event.appId, ctx.caller.openid)
  if (!m.ok) return m.result
  if (m.member.role !== 'owner') return fail('OWNER_ONLY')
  return guardedStep<{ status: 'draft'; version: number }>(ctx, event.appId, async (app, review) => {
    const status = statusOf(app)
    if (status === 'draft' || status === 'returned') return fail('NOT_REOPENABLE')
    const version = app.version + 1
    const entry = logEntry(m.member as NamedMemberDoc, 'reopen', ctx.clock.now().toISOString(), version, event.reason)
    return { review: { status: 'draft', returned: [], log: [...review.log, entry] }, version, result: { status: 'draft', version } }
  })
})
