/**
 * The store port on the WeChat cloud database (wx-server-sdk `cloud.database()`), written against the
 * narrow interface below so the same contract and fault suites run it against test/stand-ins/wxDatabase.ts.
 * WeChat behaviours relied on (developers.weixin.qq.com, see shared/wechat.md):
 * - update() merges nested objects; object values are written with `_.set` or by doc().set() of the whole
 *   record (miniprogram/dev/wxcloud/reference-sdk-api/database/command/Command.set; guide/database/update).
 * - db.runTransaction: only doc(id).get/set/update/remove and collection.add inside, all or nothing, retried
 *   on a conflicting concurrent transaction (reference-server-api/database/db.runTransaction). So every record
 *   one answer writes has a known _id: fields `<appId>_<itemId>`, op records `<appId>_<opId>`, and the op
 *   record also carries the answer's audit entry, the replaced value (history) and the conflict notice.
 * - get() returns at most 100 documents without limit(): every query is bounded.
 * - update() reads a dotted key as a path and `$…` as an operator (guide/database/update): answer values
 *   (whose keys come from users and option ids like "s2.chainWork.1") are stored as JSON text, never as
 *   documents, so no key of theirs is ever read as a path or operator.
 * - add() with an existing _id fails (reference-sdk-api/database/collection/Collection.add): a second
 *   instance storing the same op aborts its transaction.
 */
import {
  FIELD_PAGE_LIMIT,
  PAGE_LIMIT,
  type ApplicationDoc,
  type AuditDoc,
  type CommitOutcome,
  type ConflictNotice,
  type EvidenceDoc,
  type FieldDoc,
  type HistoryDoc,
  type InviteDoc,
  type MemberDoc,
  type OpRecord,
  type Store
} from './store'
import { wxReminderMethods } from './wxReminders'

type Doc = Record<string, unknown>

export interface WxDocRef {
  get(): Promise<{ data: Doc }>
  set(options: { data: Doc }): Promise<unknown>
  update(options: { data: Doc }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface WxQuery {
  where(condition: Record<string, unknown>): WxQuery
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery
  limit(n: number): WxQuery
  skip(n: number): WxQuery
  get(): Promise<{ data: Doc[] }>
  update(options: { data: Doc }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface WxCollection extends WxQuery {
  add(options: { data: Doc }): Promise<{ _id: string }>
  doc(id: string): WxDocRef
}

export interface WxTransaction {
  collection(name: string): { doc(id: string): WxDocRef; add(options: { data: Doc }): Promise<{ _id: string }>; where(...args: unknown[]): never }
  rollback(reason: unknown): Promise<unknown>
}

export interface WxDatabase {
  collection(name: string): WxCollection
  command: {
    gt(n: number | string): unknown
    gte(n: number): unknown
    lt(n: number): unknown
    neq(v: unknown): unknown
    in(values: unknown[]): unknown
    inc(n: number): unknown
    set(v: unknown): unknown
  }
  runTransaction<T>(callback: (t: WxTransaction) => Promise<T>, times?: number): Promise<T>
}

const strip = <T>(doc: Doc | undefined | null): T | null => {
  if (!doc) return null
  const { _id: _ignored, ...rest } = doc
  return rest as T
}

/** Retries of a transaction that conflicts with a concurrent one (every answer touches its application). */
const TRANSACTION_TIMES = 10
const OP_EXISTS = Symbol('opExists')

/**
 * The op record as stored: one document per op, holding what one answer changed besides the field. The
 * result, audit entry, replaced value and conflict notice are JSON text (`body`); the top-level keys are
 * what queries use.
 */
interface StoredOp {
  opId: string
  appId: string
  openid: string
  digest: string
  body: string
  itemId?: string
  version?: number
  seq?: number
  replacedVersion?: number
  /** Who the conflict notice is for. */
  notify?: string
}
interface OpBody {
  result: unknown
  audit?: AuditDoc
  replaced?: HistoryDoc | null
  conflict?: ConflictNotice | null
}
const bodyOf = (o: StoredOp) => JSON.parse(o.body) as OpBody

/** A field as stored: the value as JSON text. */
type StoredField = Omit<FieldDoc, 'value'> & { valueJson: string }
const toStored = ({ value, ...rest }: FieldDoc): StoredField => ({ ...rest, valueJson: JSON.stringify(value ?? null) })
const fromStored = (f: StoredField | null): FieldDoc | null => {
  if (!f) return null
  const { valueJson, ...rest } = f
  return { ...rest, value: JSON.parse(valueJson) }
}

export function createWxStore(db: WxDatabase): Store {
  const _ = db.command
  const col = (name: string) => db.collection(name)
  const one = async <T>(name: string, id: string) => strip<T>((await col(name).where({ _id: id }).limit(1).get()).data[0])
  const many = async <T>(q: WxQuery) => (await q.limit(PAGE_LIMIT).get()).data.map((d) => strip<T>(d) as T)
  /** A missing document makes doc().get() reject (reference-sdk-api/database/document/Document.get). */
  const tget = async <T>(t: WxTransaction, name: string, id: string): Promise<T | null> => {
    try {
      return strip<T>((await t.collection(name).doc(id).get()).data)
    } catch (err) {
      if (/does not exist|not exist|不存在/i.test(String((err as Error)?.message ?? err))) return null
      throw err
    }
  }
  const memberId = (appId: string, openid: string) => `${appId}_${openid}`
  const fieldId = (appId: string, itemId: string) => `${appId}_${itemId}`
  const opDocId = (appId: string, opId: string) => `${appId}_${opId}`
  const evidenceId = (appId: string, hash: string) => `${appId}_${hash}`
  /** Object values would merge field by field in update(): replace them whole with `_.set`. */
  const replacing = (changes: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v !== null && typeof v === 'object' ? _.set(v) : v]))

  return {
    async createApplication(app, owner) {
      await db.runTransaction(async (t) => {
        await t.collection('applications').add({ data: { _id: app.id, ...app } })
        await t.collection('members').doc(memberId(owner.appId, owner.openid)).set({ data: { ...owner } })
      }, TRANSACTION_TIMES)
    },
    getApplication: (appId) => one<ApplicationDoc>('applications', appId),
    async updateApplication(appId, expectedVersion, changes) {
      const r = await col('applications')
        .where({ _id: appId, version: expectedVersion })
        .update({ data: replacing({ ...changes, version: expectedVersion + 1 }) })
      return r.stats.updated === 1
    },
    async listApplicationsOf(openid) {
      const members = (await many<MemberDoc>(col('members').where({ openid, removedAt: null }))).filter((m) => m.removedAt === null)
      if (members.length === 0) return []
      const apps = await many<ApplicationDoc>(col('applications').where({ _id: _.in(members.map((m) => m.appId)) }))
      return apps.sort((a, b) => (a.id < b.id ? -1 : 1))
    },
    getMember: (appId, openid) => one<MemberDoc>('members', memberId(appId, openid)),
    async putMember(member) {
      await col('members').doc(memberId(member.appId, member.openid)).set({ data: { ...member } })
    },
    async listMembers(appId) {
      return (await many<MemberDoc>(col('members').where({ appId }))).sort((a, b) => (a.openid < b.openid ? -1 : 1))
    },
    async createInvite(invite) {
      await col('invites').add({ data: { _id: invite.token, ...invite } })
    },
    getInvite: (token) => one<InviteDoc>('invites', token),
    async revokeInvite(token, at) {
      await col('invites').doc(token).update({ data: { revokedAt: at } })
    },
    async join(token, openid, decide) {
      return db.runTransaction(async (t) => {
        const invite = await tget<InviteDoc>(t, 'invites', token)
        const existing = invite ? await tget<MemberDoc>(t, 'members', memberId(invite.appId, openid)) : null
        const d = decide(invite, existing)
        if (d.join && invite) {
          await t.collection('invites').doc(token).update({ data: { uses: _.inc(1) } })
          await t.collection('members').doc(memberId(d.join.appId, d.join.openid)).set({ data: { ...d.join } })
        }
        return d.result
      }, TRANSACTION_TIMES)
    },
    async setReview(appId, expected, next) {
      return db.runTransaction(async (t) => {
        const app = await tget<ApplicationDoc>(t, 'applications', appId)
        if (!app || app.seq !== expected.seq || app.version !== expected.version) return false
        // _.set: the review object replaces the stored one whole (update() would merge it).
        await t.collection('applications').doc(appId).update({ data: { review: _.set(next.review), version: next.version } })
        return true
      }, TRANSACTION_TIMES)
    },
    async commitOps(appId, ops, open): Promise<CommitOutcome> {
      try {
        return await db.runTransaction(async (t): Promise<CommitOutcome> => {
          const app = await tget<ApplicationDoc>(t, 'applications', appId)
          if (!app) return { kind: 'noApplication' }
          if (open && !open(app)) return { kind: 'locked' }
          let seq = app.seq
          // The fields are independent reads: one round trip of latency for the whole batch.
          const itemIds = [...new Set(ops.map((o) => o.itemId).filter((id): id is string => id !== null))]
          const read = await Promise.all(itemIds.map((id) => tget<StoredField>(t, 'fields', fieldId(appId, id))))
          const stored = new Map(itemIds.map((id, i) => [id, fromStored(read[i])]))
          const written = new Map<string, FieldDoc>()
          const results: unknown[] = []
          for (const op of ops) {
            let current: FieldDoc | null = null
            if (op.itemId !== null) current = written.get(op.itemId) ?? stored.get(op.itemId) ?? null
            const d = op.decide(current, seq + 1)
            let record: StoredOp = { opId: op.opId, appId, openid: op.openid, digest: op.digest, body: JSON.stringify({ result: d.result }) }
            if (d.kind === 'write') {
              seq++
              written.set(d.field.itemId, d.field)
              // set() replaces the whole record, so an object value never merges with the one before.
              await t.collection('fields').doc(fieldId(appId, d.field.itemId)).set({ data: { ...toStored(d.field) } })
              const body: OpBody = { result: d.result, audit: d.audit, replaced: d.replaced, conflict: d.conflict }
              record = {
                ...record,
                body: JSON.stringify(body),
                itemId: d.field.itemId,
                version: d.field.version,
                seq,
                ...(d.replaced ? { replacedVersion: d.replaced.version } : {}),
                ...(d.conflict ? { notify: d.conflict.openid } : {})
              }
            }
            try {
              await t.collection('ops').add({ data: { _id: opDocId(appId, op.opId), ...record } })
            } catch (err) {
              if (!/duplicate/i.test(String((err as Error)?.message ?? err))) throw err
              await t.rollback(OP_EXISTS)
              throw OP_EXISTS
            }
            results.push(d.result)
          }
          if (seq !== app.seq) await t.collection('applications').doc(appId).update({ data: { seq } })
          return { kind: 'committed', results }
        }, TRANSACTION_TIMES)
      } catch (err) {
        // A duplicate op record may also surface only at commit, depending on where the platform checks it.
        if (err === OP_EXISTS || /duplicate/i.test(String((err as Error)?.message ?? err))) return { kind: 'opExists' }
        // CloudBase reports an exhausted retry as a transaction conflict (ResourceUnavailable.TransactionConflict).
        if (/conflict/i.test(String((err as Error)?.message ?? err))) return { kind: 'busy' }
        throw err
      }
    },
    fieldsSince: async (appId, sinceSeq) =>
      (await col('fields').where({ appId, seq: _.gt(sinceSeq) }).orderBy('seq', 'asc').limit(FIELD_PAGE_LIMIT).get()).data.map((f) => fromStored(strip<StoredField>(f)) as FieldDoc),
    async history(appId, itemId, afterVersion) {
      const ops = await many<StoredOp>(col('ops').where({ appId, itemId, replacedVersion: _.gt(afterVersion) }).orderBy('replacedVersion', 'asc'))
      return ops.map((o) => bodyOf(o).replaced as HistoryDoc)
    },
    async audit(appId, itemId, afterVersion) {
      const ops = await many<StoredOp>(col('ops').where({ appId, itemId, version: _.gt(afterVersion) }).orderBy('version', 'asc'))
      return ops.map((o) => bodyOf(o).audit as AuditDoc)
    },
    async conflictsSince(appId, openid, sinceSeq) {
      const ops = await many<StoredOp>(col('ops').where({ appId, notify: openid, seq: _.gt(sinceSeq) }).orderBy('seq', 'asc'))
      return ops.map((o) => bodyOf(o).conflict as ConflictNotice)
    },
    async getOps(appId, opIds) {
      if (opIds.length === 0) return []
      const ops = await many<StoredOp>(col('ops').where({ _id: _.in(opIds.map((id) => opDocId(appId, id))) }))
      return ops.map((o): OpRecord => ({ opId: o.opId, appId: o.appId, openid: o.openid, digest: o.digest, result: bodyOf(o).result }))
    },
    // Evidence records: doc id `<appId>_<hash>`; the read and the write of one record in one transaction, and the
    // record replaced whole with doc().set (reference-server-api/database/db.runTransaction).
    async putEvidence(doc) {
      return db.runTransaction(async (t) => {
        const stored = await tget<EvidenceDoc>(t, 'evidence', evidenceId(doc.appId, doc.hash))
        if (stored && stored.removedAt === null) return stored
        const next = stored ? { ...stored, removedAt: null, log: [...stored.log, ...doc.log] } : doc
        await t.collection('evidence').doc(evidenceId(doc.appId, doc.hash)).set({ data: { ...next } })
        return next
      }, TRANSACTION_TIMES)
    },
    async getEvidence(appId, hashes) {
      if (hashes.length === 0) return []
      return many<EvidenceDoc>(col('evidence').where({ _id: _.in(hashes.map((h) => evidenceId(appId, h))) }))
    },
    listEvidence: (appId, afterHash) => many<EvidenceDoc>(col('evidence').where({ appId, hash: _.gt(afterHash) }).orderBy('hash', 'asc')),
    async removeEvidence(appId, hash, entry) {
      return db.runTransaction(async (t) => {
        const stored = await tget<EvidenceDoc>(t, 'evidence', evidenceId(appId, hash))
        if (!stored || stored.removedAt !== null) return stored
        const next = { ...stored, removedAt: entry.at, log: [...stored.log, entry] }
        await t.collection('evidence').doc(evidenceId(appId, hash)).set({ data: { ...next } })
        return next
      }, TRANSACTION_TIMES)
    },
    // The content-check state replaces the old one whole (doc().set of the record read in the same transaction:
    // update() would merge `{status, traceId}` into the old object and keep a stale key).
    async setEvidenceScreening(appId, hash, screening) {
      return db.runTransaction(async (t) => {
        const stored = await tget<EvidenceDoc>(t, 'evidence', evidenceId(appId, hash))
        if (!stored) return null
        const next = { ...stored, screening }
        await t.collection('evidence').doc(evidenceId(appId, hash)).set({ data: { ...next } })
        return next
      }, TRANSACTION_TIMES)
    },
    // A query on a nested field with a dotted key (guide/database/query: 匹配嵌套字段), outside any transaction,
    // which allows no where(); the collection wants an index on `screening.traceId` (README).
    async findEvidenceByTrace(traceId) {
      return strip<EvidenceDoc>((await col('evidence').where({ 'screening.traceId': traceId }).limit(1).get()).data[0])
    },

    // ---- Reminders (wxReminders.ts) ----
    ...wxReminderMethods(db)
  }
}
