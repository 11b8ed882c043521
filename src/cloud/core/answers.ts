/**
 * Field-level answers: `patchAnswers` takes a batch of operations {opId, itemId, value, explanation?,
 * baseVersion}; each is idempotent by opId, checked with the shared rules at 暂存 level, and written with a
 * per-field version. A write based on an older version of a field someone else changed since is a
 * conflict: the newest write stands, the other value is kept in history, and both users are told.
 */
import { z } from 'zod'
import { findItem, isAnswerable } from '../../form'
import { fail, ok, type ErrorCode } from '../../errors'
import { CURRENT_ROUND, DRAFT_CODES, normalizeValue, valueFindings, type RuleCode } from '../../rules'
import { PAGE_LIMIT, type FieldDoc, type Store } from '../ports/store'
import { membership, writeDenied } from './access'
import type { Caller, Clock } from './context'
import { define } from './define'

const appId = z.string().min(1).max(64)
export const MAX_OPS = 50

const op = z
  .object({
    opId: z.string().min(8).max(64),
    itemId: z.string().min(1).max(64),
    value: z.unknown(),
    explanation: z.string().max(200).optional(),
    baseVersion: z.number().int().min(0)
  })
  .strict()

export type OpResult =
  | { opId: string; itemId: string; status: 'accepted'; version: number; seq: number }
  | { opId: string; itemId: string; status: 'conflict'; version: number; seq: number; otherOpenid: string; otherValue: unknown }
  | { opId: string; itemId: string; status: 'refused'; code: ErrorCode; rules?: RuleCode[]; messages?: string[] }

async function applyOp(store: Store, clock: Clock, caller: Caller, app: string, o: z.infer<typeof op>): Promise<OpResult> {
  const refused = (code: ErrorCode, extra: { rules?: RuleCode[]; messages?: string[] } = {}): OpResult => ({ opId: o.opId, itemId: o.itemId, status: 'refused', code, ...extra })
  const item = findItem(o.itemId)
  if (!item || !isAnswerable(item)) return refused('UNKNOWN_ITEM')
  const normalized = normalizeValue(item, o.value)
  if (!normalized.ok) return refused('VALUE_REFUSED', { rules: normalized.findings.map((f) => f.code), messages: normalized.findings.map((f) => f.message) })
  const draft = valueFindings(item, { value: normalized.value }, { config: CURRENT_ROUND, now: clock.now() }).filter((f) => f.severity === 'error' && DRAFT_CODES.has(f.code))
  if (draft.length > 0) return refused('VALUE_REFUSED', { rules: draft.map((f) => f.code), messages: draft.map((f) => f.message) })

  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await store.getField(app, o.itemId)
    const now = clock.now().toISOString()
    const next: Omit<FieldDoc, 'seq'> = {
      appId: app,
      itemId: o.itemId,
      value: normalized.value,
      explanation: o.explanation ?? null,
      version: (current?.version ?? 0) + 1,
      updatedBy: caller.openid,
      updatedAt: now,
      opId: o.opId
    }
    const conflict = current !== null && o.baseVersion < current.version && current.updatedBy !== caller.openid
    const result = (seq: number): OpResult =>
      conflict && current
        ? { opId: o.opId, itemId: o.itemId, status: 'conflict', version: next.version, seq, otherOpenid: current.updatedBy, otherValue: current.value }
        : { opId: o.opId, itemId: o.itemId, status: 'accepted', version: next.version, seq }
    const seq = await store.commitWrite({
      field: next,
      expectedVersion: current?.version ?? 0,
      replaced: current ? { ...current, conflict } : null,
      audit: { appId: app, itemId: o.itemId, openid: caller.openid, opId: o.opId, oldValue: current?.value ?? null, newValue: next.value, at: now },
      conflict: conflict && current ? { appId: app, itemId: o.itemId, openid: current.updatedBy, otherOpenid: caller.openid, keptValue: next.value, lostValue: current.value, at: now } : null,
      result,
      opId: o.opId,
      openid: caller.openid
    })
    if (seq !== null) return result(seq)
    // someone wrote the field in between: read again
  }
  return refused('BUSY')
}

export const patchAnswers = define(z.object({ appId, ops: z.array(op).min(1).max(MAX_OPS) }).strict(), async (event, { caller, clock, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const results: OpResult[] = []
  for (const o of event.ops) {
    const prior = await store.getOp(o.opId)
    if (prior) {
      results.push(prior.result as OpResult) // a retry of an op already applied: same answer, no second write
      continue
    }
    const denied = writeDenied(m.member, o.itemId)
    const result: OpResult = denied ? { opId: o.opId, itemId: o.itemId, status: 'refused', code: denied } : await applyOp(store, clock, caller, event.appId, o)
    // Accepted writes record their op inside commitWrite; refusals are recorded so a retry is refused alike.
    if (result.status === 'refused' && result.code !== 'BUSY') await store.putOp({ opId: o.opId, appId: event.appId, openid: caller.openid, result })
    results.push(result)
  }
  return ok({ results })
})

/** Changes since a sequence number (oldest first, a page at a time) and conflict notices for the caller. */
export const pullAnswers = define(z.object({ appId, since: z.number().int().min(0) }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const fields = await store.fieldsSince(event.appId, event.since)
  const conflicts = await store.conflictsSince(event.appId, caller.openid, event.since)
  const seq = fields.length > 0 ? fields[fields.length - 1].seq : event.since
  return ok({ fields, conflicts, seq, more: fields.length === PAGE_LIMIT })
})

/** Who changed what: history and audit of one field (any member may read). */
export const fieldHistory = define(z.object({ appId, itemId: z.string().min(1).max(64) }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  if (!findItem(event.itemId)) return fail('UNKNOWN_ITEM')
  return ok({ history: await store.history(event.appId, event.itemId), audit: await store.audit(event.appId, event.itemId) })
})
