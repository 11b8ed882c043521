/**
 * The verdict of the platform's content check on an evidence photo. WeChat pushes it as the event
 * `wxa_media_check` (MsgType `event`) to the cloud function configured under 云开发 → 设置 → 其他设置 → 消息推送
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/openapi.html): the function's `event`
 * is the push itself as JSON. Fields used (the result push of
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html):
 * `trace_id` — the id `mediaCheckAsync` answered; `result.suggest` — `pass`, `review` or `risky`; when the check
 * could not run, a push with `errcode` ≠ 0 and no `result` (e.g. 43104 "this appid does not have permission").
 *
 * No user calls this: it is not in the router's registry, and an event carrying the `userInfo` the mini-program
 * adds to every callFunction is refused. A trace id matches at most one record: pass and review are stored
 * (review waits for the platform's reviewers, nothing is hidden), risky also removes the photo, logged by
 * `system:mediaCheck`, so its claim needs proof again. Handling is idempotent — the same push twice changes
 * nothing the second time — and an unknown trace id is ignored with a log line and success, since WeChat
 * retries pushes that fail.
 */
import { z } from 'zod'
import { fail, ok, type CloudResult } from '../../errors'
import type { EvidenceScreening, Store } from '../ports/store'
import type { Clock } from './context'

/** Who the log names when the platform's verdict removes a photo. */
export const MEDIA_CHECK_ACTOR = 'system:mediaCheck'

const mediaCheckEvent = z.object({
  MsgType: z.literal('event'),
  Event: z.literal('wxa_media_check'),
  trace_id: z.string().min(1).max(128),
  result: z.object({ suggest: z.enum(['pass', 'review', 'risky']) }).passthrough().optional(),
  errcode: z.number().int().optional(),
  errmsg: z.string().optional()
})

export type MediaCheckOutcome = 'pass' | 'review' | 'risky' | 'unchecked' | 'unknownTrace' | 'alreadyHandled'

export async function handleMediaCheck(event: unknown, ctx: { store: Store; clock: Clock }): Promise<CloudResult<{ outcome: MediaCheckOutcome }>> {
  if (event !== null && typeof event === 'object' && 'userInfo' in event) return fail('FORBIDDEN')
  const parsed = mediaCheckEvent.safeParse(event)
  if (!parsed.success) return fail('MEDIA_CHECK_INVALID', parsed.error.issues[0]?.path.join('.') || undefined)
  const push = parsed.data
  const errcode = push.errcode ?? 0
  // A verdict, or a report that the check did not run; a push with neither says nothing.
  if (!push.result && errcode === 0) return fail('MEDIA_CHECK_INVALID', 'result')

  const record = await ctx.store.findEvidenceByTrace(push.trace_id)
  if (!record) {
    console.info(`wxa_media_check: no evidence photo has trace id ${push.trace_id}; ignored`)
    return ok({ outcome: 'unknownTrace' })
  }
  if (record.screening?.status !== 'pending') return ok({ outcome: 'alreadyHandled' })

  let next: EvidenceScreening
  if (push.result) next = { status: push.result.suggest, traceId: push.trace_id }
  else {
    console.warn(`wxa_media_check: the check of ${record.appId}/${record.hash} did not run: ${errcode} ${push.errmsg ?? ''}`)
    next = { status: 'unchecked' }
  }
  // Removed first, then the verdict stored: a push retried after a failure in between finds the record still
  // pending and completes it, and removing twice logs once (the store leaves a removed record as it is).
  if (next.status === 'risky' && record.removedAt === null)
    await ctx.store.removeEvidence(record.appId, record.hash, { action: 'remove', by: MEDIA_CHECK_ACTOR, at: ctx.clock.now().toISOString() })
  await ctx.store.setEvidenceScreening(record.appId, record.hash, next)
  return ok({ outcome: next.status })
}
