/**
 * Field-level answers: `patchAnswers` takes a batch of operations {opId, itemId, value, explanation?,
 * evidence?, baseVersion} (the answer shape of src/rules/values.ts); each is idempotent by opId (per application, and only for the same content), checked with
 * the shared rules at 暂存 level, and written with a per-field version. A write based on an older version of
 * a field someone else changed since is a conflict: the newest write stands, the other value is kept in
 * history, and both users are told. The whole batch is one store transaction (Store.commitOps).
 */
import { z } from 'zod'
import { findItem, isAnswerable, type Item } from '../../form'
import { itemOfKey, parsePartKey, storedEntry, type StoredPart } from '../../rules/listParts'
import { ERROR_MESSAGES, fail, ok, type ErrorCode } from '../../errors'
import { DRAFT_CODES, CURRENT_ROUND, MAX_EVIDENCE_REF_CHARS, MAX_EVIDENCE_REFS, answerOf, normalizeValue, valueFindings, type RuleCode } from '../../rules'
import { FIELD_PAGE_LIMIT, PAGE_LIMIT, type FieldDoc, type MemberDoc, type OpDecision, type OpRecord, type PlannedOp } from '../ports/store'
import { membership, writeDenied } from './access'
import { authorNames } from './names'
import { writable } from './review'
import type { Caller, Clock } from './context'
import { define, type SignedContext } from './define'
import { digest, hasInvisibleControls, MAX_OP_BYTES, undeclaredKey, unsafeKey, utf8Length } from './input'
import { MAX_OPS, MAX_PULL_BYTES } from '../limits'

export { MAX_OPS }

const appId = z.string().min(1).max(64)

const op = z
  .object({
    opId: z.string().min(8).max(64),
    /** An item id, or a list entry `<itemId>@<entryId>` (src/rules/listParts.ts). */
    itemId: z.string().min(1).max(130),
    value: z.unknown(),
    explanation: z.string().max(200).optional(),
    evidence: z.array(z.string().min(1).max(MAX_EVIDENCE_REF_CHARS)).max(MAX_EVIDENCE_REFS).optional(),
    baseVersion: z.number().int().min(0)
  })
  .strict()
type Op = z.infer<typeof op>

export type OpResult =
  | { opId: string; itemId: string; status: 'accepted'; version: number; seq: number }
  | { opId: string; itemId: string; status: 'conflict'; version: number; seq: number; otherOpenid: string; otherValue: unknown }
  | { opId: string; itemId: string; status: 'refused'; code: ErrorCode; message: string; rules?: RuleCode[]; messages?: string[] }

/** A conflict as the writer's client sees it: the colleague by name, never by openid. */
export type PublicOpResult = Exclude<OpResult, { status: 'conflict' }> | (Omit<Extract<OpResult, { status: 'conflict' }>, 'otherOpenid'> & { otherName: string | null })

const refusedResult = (o: Op, code: ErrorCode, extra: { rules?: RuleCode[]; messages?: string[] } = {}): OpResult => ({
  opId: o.opId,
  itemId: o.itemId,
  status: 'refused',
  code,
  message: ERROR_MESSAGES[code],
  ...extra
})

/** The op's content: reusing an opId for different content is refused (OP_ID_REUSED). */
const contentOf = (o: Op) => {
  const evidence = answerOf(o).evidence
  // Without photos the digest is what it was before answers carried them: a retried op still matches its record.
  return digest({ itemId: o.itemId, value: o.value, explanation: o.explanation ?? null, ...(evidence ? { evidence } : {}) })
}

/**
 * One entry of an itemised list, sent as its own op (`<itemId>@<entryId>`): the entry with that id, checked
 * like the list it belongs to, or null to remove it. The answer's explanation and photos live on the list's head.
 */
function precheckPart(member: MemberDoc, o: Op, part: { itemId: string; entryId: string }, now: Date): { refused: OpResult } | { value: unknown } {
  const denied = writeDenied(member, part.itemId)
  if (denied) return { refused: refusedResult(o, denied) }
  const item = findItem(part.itemId)
  if (!item || item.kind !== 'itemList') return { refused: refusedResult(o, 'UNKNOWN_ITEM') }
  if (o.explanation !== undefined || o.evidence !== undefined) return { refused: refusedResult(o, 'INVALID_LIST_ENTRY') }
  if (o.value === null) return { value: null }
  if (utf8Length(JSON.stringify(o.value) ?? '') > MAX_OP_BYTES) return { refused: refusedResult(o, 'VALUE_TOO_LARGE') }
  if (unsafeKey(o.value) !== null) return { refused: refusedResult(o, 'UNSAFE_VALUE_KEY') }
  const asList = { entries: [o.value] }
  if (undeclaredKey(item, asList) !== null) return { refused: refusedResult(o, 'UNSAFE_VALUE_KEY') }
  if ((o.value as { id?: unknown } | null)?.id !== part.entryId) return { refused: refusedResult(o, 'INVALID_LIST_ENTRY') }
  const checked = ruleChecked(item, asList, o, now)
  return 'refused' in checked ? checked : { value: (checked.value as { entries: unknown[] }).entries[0] }
}

/** The value in its canonical form, or refused with the rule module's reasons (shape, then the 暂存-level errors). */
function ruleChecked(item: Item, value: unknown, o: Op, now: Date): { refused: OpResult } | { value: unknown } {
  const normalized = normalizeValue(item, value)
  if (!normalized.ok) return { refused: refusedResult(o, 'VALUE_REFUSED', { rules: normalized.findings.map((f) => f.code), messages: normalized.findings.map((f) => f.message) }) }
  const draft = valueFindings(item, { value: normalized.value }, { config: CURRENT_ROUND, now }).filter((f) => f.severity === 'error' && DRAFT_CODES.has(f.code))
  if (draft.length > 0) return { refused: refusedResult(o, 'VALUE_REFUSED', { rules: draft.map((f) => f.code), messages: draft.map((f) => f.message) }) }
  return { value: normalized.value }
}

/** Everything that can be refused without reading the field: access, item, input, rules at 暂存 level. */
function precheck(member: MemberDoc, o: Op, now: Date): { refused: OpResult } | { value: unknown } {
  const part = parsePartKey(o.itemId)
  if (part) return precheckPart(member, o, part, now)
  const denied = writeDenied(member, o.itemId)
  if (denied) return { refused: refusedResult(o, denied) }
  const item = findItem(o.itemId)
  if (!item || !isAnswerable(item)) return { refused: refusedResult(o, 'UNKNOWN_ITEM') }
  if (utf8Length(JSON.stringify(o.value) ?? '') > MAX_OP_BYTES) return { refused: refusedResult(o, 'VALUE_TOO_LARGE') }
  if (unsafeKey(o.value) !== null || undeclaredKey(item, o.value) !== null) return { refused: refusedResult(o, 'UNSAFE_VALUE_KEY') }
  if (o.explanation !== undefined && hasInvisibleControls(o.explanation)) return { refused: refusedResult(o, 'INVALID_EXPLANATION') }
  return ruleChecked(item, o.value, o, now)
}

/** The write of one checked op, decided from the field as the store's transaction reads it. */
function decideWrite(app: string, caller: Caller, clock: Clock, o: Op, value: unknown) {
  return (current: FieldDoc | null, seq: number): OpDecision => {
    const currentVersion = current?.version ?? 0
    // A base the server never gave out cannot be trusted to mean "I saw the latest": refused, not applied.
    if (o.baseVersion > currentVersion) return { kind: 'refuse', result: refusedResult(o, 'BASE_VERSION_AHEAD') }
    const now = clock.now().toISOString()
    const version = currentVersion + 1
    const evidence = answerOf(o).evidence
    // A list entry keeps the place it was first stored at (the application's change number then): edits do not move it.
    const stored: unknown = parsePartKey(o.itemId) && value !== null ? ({ at: storedEntry(current?.value)?.at ?? seq, entry: value } as StoredPart) : value
    const field: FieldDoc = { appId: app, itemId: o.itemId, value: stored, explanation: o.explanation ?? null, ...(evidence ? { evidence } : {}), version, seq, updatedBy: caller.openid, updatedAt: now, opId: o.opId }
    const conflict = current !== null && o.baseVersion < current.version && current.updatedBy !== caller.openid
    const result: OpResult =
      conflict && current
        ? { opId: o.opId, itemId: o.itemId, status: 'conflict', version, seq, otherOpenid: current.updatedBy, otherValue: current.value }
        : { opId: o.opId, itemId: o.itemId, status: 'accepted', version, seq }
    return {
      kind: 'write',
      field,
      replaced: current ? { ...current, conflict } : null,
      audit: { appId: app, itemId: o.itemId, openid: caller.openid, opId: o.opId, oldValue: current?.value ?? null, newValue: stored, version, at: now },
      conflict: conflict && current ? { appId: app, itemId: o.itemId, openid: current.updatedBy, otherOpenid: caller.openid, keptValue: stored, lostValue: current.value, at: now, seq } : null,
      result
    }
  }
}

async function patch(event: { appId: string; ops: Op[] }, { caller, clock, store }: SignedContext) {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const results = new Map<number, OpResult>()
  // Duplicate opIds inside one batch: the first is the op; a repeat with the same content gets its result,
  // a repeat with other content is refused.
  const firstIndex = new Map<string, number>()
  const digests = event.ops.map(contentOf)
  event.ops.forEach((o, i) => {
    const first = firstIndex.get(o.opId)
    if (first === undefined) firstIndex.set(o.opId, i)
    else if (digests[first] !== digests[i]) results.set(i, refusedResult(o, 'OP_ID_REUSED'))
  })
  const unique = [...firstIndex.values()]

  // The first attempt does not look for stored ops: storing an op record that exists aborts the whole
  // transaction (opExists), and only then are the records read. A fresh answer costs one read less.
  let prior = new Map<string, OpRecord>()
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) prior = new Map((await store.getOps(event.appId, unique.map((i) => event.ops[i].opId))).map((r) => [r.opId, r]))
    const planned: { index: number; op: PlannedOp }[] = []
    for (const i of unique) {
      const o = event.ops[i]
      const p = prior.get(o.opId)
      if (p) {
        // A retry of an op already stored: the same answer, no second write. Other content: refused.
        results.set(i, p.digest === digests[i] ? (p.result as OpResult) : refusedResult(o, 'OP_ID_REUSED'))
        continue
      }
      const checked = precheck(m.member, o, clock.now())
      const base = { opId: o.opId, digest: digests[i], openid: caller.openid }
      planned.push({
        index: i,
        op: 'refused' in checked ? { ...base, itemId: null, decide: () => ({ kind: 'refuse', result: checked.refused }) } : { ...base, itemId: o.itemId, decide: decideWrite(event.appId, caller, clock, o, checked.value) }
      })
    }
    if (planned.length === 0) break
    const outcome = await store.commitOps(event.appId, planned.map((p) => p.op), (app) => writable(app, m.member))
    if (outcome.kind === 'noApplication') return fail('NOT_FOUND')
    if (outcome.kind === 'locked') {
      // Submitted (or, for the city, not yet approved): nothing stored, so the same ops can go again after a reopen.
      const code = m.member.role === 'cityRecommender' ? 'CITY_AFTER_APPROVAL' : 'APPLICATION_LOCKED'
      // An op refused before reading anything (role, item, value) keeps its own reason.
      for (const p of planned) results.set(p.index, p.op.itemId === null ? (p.op.decide(null, 0).result as OpResult) : refusedResult(event.ops[p.index], code))
      break
    }
    if (outcome.kind === 'busy') {
      for (const p of planned) results.set(p.index, refusedResult(event.ops[p.index], 'BUSY'))
      break
    }
    if (outcome.kind === 'committed') {
      planned.forEach((p, k) => results.set(p.index, outcome.results[k] as OpResult))
      break
    }
    // opExists: another instance stored one of these ops first; read the records again.
  }
  const all = event.ops.map((o, i) => results.get(i) ?? results.get(firstIndex.get(o.opId) as number) ?? refusedResult(o, 'BUSY'))
  const nameOf = all.some((r) => r.status === 'conflict') ? await authorNames(store, event.appId) : () => null
  return ok({ results: all.map((r): PublicOpResult => (r.status === 'conflict' ? publicConflict(r, nameOf) : r)) })
}

const publicConflict = ({ otherOpenid, ...rest }: Extract<OpResult, { status: 'conflict' }>, nameOf: (openid: string) => string | null) => ({ ...rest, otherName: nameOf(otherOpenid) })

export const patchAnswers = define(z.object({ appId, ops: z.array(op).min(1).max(MAX_OPS) }).strict(), patch, { arrays: { ops: MAX_OPS } })

/** The first fields of a page whose JSON fits `budget` bytes (at least one: a single field is never split). */
function withinBytes(page: FieldDoc[], budget: number): FieldDoc[] {
  let used = 0
  let n = 0
  for (const f of page) {
    used += utf8Length(JSON.stringify(f))
    if (n > 0 && used > budget) break
    n++
  }
  return page.slice(0, n)
}

/** Changes since a sequence number (oldest first, a page at a time) and conflict notices for the caller. */
export const pullAnswers = define(z.object({ appId, since: z.number().int().min(0) }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const page = await store.fieldsSince(event.appId, event.since)
  // Nothing changed since the cursor: no notice can be newer either (a notice's change number is its write's, and that
  // field would be in the page), so an idle pull costs the member read and one query, no more.
  if (page.length === 0) return ok({ fields: [], conflicts: [], seq: event.since, more: false })
  const fields = withinBytes(page, MAX_PULL_BYTES)
  const conflicts = await store.conflictsSince(event.appId, caller.openid, event.since)
  const seq = fields.length > 0 ? fields[fields.length - 1].seq : event.since
  const more = page.length === FIELD_PAGE_LIMIT || fields.length < page.length
  // A notice belongs to the page of its change number: the next page (since = seq) must not repeat it.
  const notices = more ? conflicts.filter((c) => c.seq <= seq) : conflicts
  const nameOf = await authorNames(store, event.appId)
  return ok({
    // `byMe`: the caller's own change (from any of their phones); another's is told to the member who wrote the value before.
    fields: fields.map(({ updatedBy, opId: _op, ...f }) => ({ ...f, updatedByName: nameOf(updatedBy), byMe: updatedBy === caller.openid })),
    conflicts: notices.map(({ otherOpenid, openid: _me, ...c }) => ({ ...c, otherName: nameOf(otherOpenid) })),
    seq,
    more
  })
})

/**
 * Who changed what, a page at a time: the audit entries of writes with version > `after` (at most 100),
 * the values those writes replaced, and `next` (the cursor of the following page, null on the last page).
 */
export const fieldHistory = define(
  z.object({ appId, itemId: z.string().min(1).max(130), after: z.number().int().min(0).optional() }).strict(),
  async (event, { caller, store }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    if (!findItem(itemOfKey(event.itemId))) return fail('UNKNOWN_ITEM')
    const after = event.after ?? 0
    const audit = await store.audit(event.appId, event.itemId, after)
    const next = audit.length === PAGE_LIMIT ? audit[audit.length - 1].version : null
    // The write of version v replaced version v−1: this page's writes replaced versions after … next−1.
    const history = (await store.history(event.appId, event.itemId, after - 1)).filter((h) => next === null || h.version < next)
    const nameOf = await authorNames(store, event.appId)
    return ok({
      history: history.map(({ updatedBy, opId: _op, ...h }) => ({ ...h, updatedByName: nameOf(updatedBy) })),
      audit: audit.map(({ openid, opId: _op, ...a }) => ({ ...a, byName: nameOf(openid) })),
      next
    })
  }
)
