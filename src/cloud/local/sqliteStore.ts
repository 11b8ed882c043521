/**
 * The store port on SQLite (better-sqlite3, synchronous, in WAL mode). Documents are JSON; the columns
 * that queries and version guards need are kept beside them.
 */
import { FIELD_PAGE_LIMIT, PAGE_LIMIT, type ApplicationDoc, type CommitOutcome, type FieldDoc, type InviteDoc, type JoinDecision, type MemberDoc, type OpRecord, type PlannedOp, type ReviewState, type Store, type EvidenceDoc, type EvidenceLogEntry, type EvidenceScreening } from '../ports/store'
import { reminderMethods } from './sqliteReminders'
import type { Db } from './db'

class OpExists extends Error {}

const json = <T>(row: { doc: string } | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null)

export function createSqliteStore(db: Db): Store {
  const q = {
    insertApp: db.prepare('INSERT INTO applications (id, owner_openid, doc, version) VALUES (?, ?, ?, ?)'),
    getApp: db.prepare<[string], { doc: string; seq: number }>('SELECT doc, seq FROM applications WHERE id = ?'),
    setSeq: db.prepare('UPDATE applications SET seq = ? WHERE id = ?'),
    updateApp: db.prepare('UPDATE applications SET doc = ?, version = ? WHERE id = ? AND version = ?'),
    appsOf: db.prepare<[string, number], { doc: string; seq: number }>(
      `SELECT a.doc, a.seq FROM applications a JOIN members m ON m.app_id = a.id
       WHERE m.openid = ? AND json_extract(m.doc, '$.removedAt') IS NULL ORDER BY a.id LIMIT ?`
    ),
    putMember: db.prepare('INSERT INTO members (app_id, openid, doc) VALUES (?, ?, ?) ON CONFLICT (app_id, openid) DO UPDATE SET doc = excluded.doc'),
    getMember: db.prepare<[string, string], { doc: string }>('SELECT doc FROM members WHERE app_id = ? AND openid = ?'),
    members: db.prepare<[string, number], { doc: string }>('SELECT doc FROM members WHERE app_id = ? ORDER BY openid LIMIT ?'),
    insertInvite: db.prepare('INSERT INTO invites (token, app_id, uses, doc) VALUES (?, ?, ?, ?)'),
    getInvite: db.prepare<[string], { doc: string }>('SELECT doc FROM invites WHERE token = ?'),
    useInvite: db.prepare(`UPDATE invites SET uses = uses + 1, doc = json_set(doc, '$.uses', uses + 1) WHERE token = ?`),
    revokeInvite: db.prepare(`UPDATE invites SET doc = json_set(doc, '$.revokedAt', ?) WHERE token = ?`),
    getField: db.prepare<[string, string], { doc: string }>('SELECT doc FROM fields WHERE app_id = ? AND item_id = ?'),
    putField: db.prepare('INSERT INTO fields (app_id, item_id, version, seq, doc) VALUES (?, ?, ?, ?, ?) ON CONFLICT (app_id, item_id) DO UPDATE SET version = excluded.version, seq = excluded.seq, doc = excluded.doc'),
    fieldsSince: db.prepare<[string, number, number], { doc: string }>('SELECT doc FROM fields WHERE app_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    addHistory: db.prepare('INSERT INTO history (app_id, item_id, doc) VALUES (?, ?, ?)'),
    history: db.prepare<[string, string, number, number], { doc: string }>(
      `SELECT doc FROM history WHERE app_id = ? AND item_id = ? AND json_extract(doc, '$.version') > ? ORDER BY json_extract(doc, '$.version') LIMIT ?`
    ),
    addAudit: db.prepare('INSERT INTO audit (app_id, item_id, doc) VALUES (?, ?, ?)'),
    audit: db.prepare<[string, string, number, number], { doc: string }>(
      `SELECT doc FROM audit WHERE app_id = ? AND item_id = ? AND json_extract(doc, '$.version') > ? ORDER BY json_extract(doc, '$.version') LIMIT ?`
    ),
    addConflict: db.prepare('INSERT INTO conflicts (app_id, openid, seq, doc) VALUES (?, ?, ?, ?)'),
    conflicts: db.prepare<[string, string, number, number], { doc: string }>('SELECT doc FROM conflicts WHERE app_id = ? AND openid = ? AND seq > ? ORDER BY seq LIMIT ?'),
    getOp: db.prepare<[string], { doc: string }>('SELECT doc FROM ops WHERE op_id = ?'),
    // Op records are keyed `<appId>_<opId>`: the same opId in two applications is two operations.
    putOp: db.prepare('INSERT INTO ops (op_id, doc) VALUES (?, ?)'),
    getEvidence: db.prepare<[string, string], { doc: string }>('SELECT doc FROM evidence WHERE app_id = ? AND hash = ?'),
    putEvidence: db.prepare('INSERT INTO evidence (app_id, hash, doc) VALUES (?, ?, ?) ON CONFLICT (app_id, hash) DO UPDATE SET doc = excluded.doc'),
    listEvidence: db.prepare<[string, string, number], { doc: string }>('SELECT doc FROM evidence WHERE app_id = ? AND hash > ? ORDER BY hash LIMIT ?'),
    // The local cloud runs no content check, so no record carries a trace id; a scan is enough here.
    evidenceByTrace: db.prepare<[string], { doc: string }>("SELECT doc FROM evidence WHERE json_extract(doc, '$.screening.traceId') = ? LIMIT 1")
  }

  const putEvidence = db.transaction((doc: EvidenceDoc): EvidenceDoc => {
    const stored = json<EvidenceDoc>(q.getEvidence.get(doc.appId, doc.hash))
    if (stored && stored.removedAt === null) return stored
    const next = stored ? { ...stored, removedAt: null, log: [...stored.log, ...doc.log] } : doc
    q.putEvidence.run(doc.appId, doc.hash, JSON.stringify(next))
    return next
  })
  const removeEvidence = db.transaction((appId: string, hash: string, entry: EvidenceLogEntry): EvidenceDoc | null => {
    const stored = json<EvidenceDoc>(q.getEvidence.get(appId, hash))
    if (!stored) return null
    if (stored.removedAt !== null) return stored
    const next = { ...stored, removedAt: entry.at, log: [...stored.log, entry] }
    q.putEvidence.run(appId, hash, JSON.stringify(next))
    return next
  })

  const setEvidenceScreening = db.transaction((appId: string, hash: string, screening: EvidenceScreening): EvidenceDoc | null => {
    const stored = json<EvidenceDoc>(q.getEvidence.get(appId, hash))
    if (!stored) return null
    const next = { ...stored, screening }
    q.putEvidence.run(appId, hash, JSON.stringify(next))
    return next
  })

  const commit = db.transaction((appId: string, ops: PlannedOp[], open?: (app: ApplicationDoc) => boolean): CommitOutcome => {
    const row = q.getApp.get(appId)
    if (!row) return { kind: 'noApplication' }
    if (open && !open(withSeq(row) as ApplicationDoc)) return { kind: 'locked' }
    let seq = row.seq
    const results: unknown[] = []
    for (const op of ops) {
      const current = op.itemId === null ? null : json<FieldDoc>(q.getField.get(appId, op.itemId))
      const d = op.decide(current, seq + 1)
      if (d.kind === 'write') {
        seq++
        q.putField.run(appId, d.field.itemId, d.field.version, d.field.seq, JSON.stringify(d.field))
        if (d.replaced) q.addHistory.run(appId, d.replaced.itemId, JSON.stringify(d.replaced))
        q.addAudit.run(appId, d.audit.itemId, JSON.stringify(d.audit))
        if (d.conflict) q.addConflict.run(appId, d.conflict.openid, d.conflict.seq, JSON.stringify(d.conflict))
      }
      const record: OpRecord = { opId: op.opId, appId, openid: op.openid, digest: op.digest, result: d.result }
      if (q.getOp.get(`${appId}_${op.opId}`)) throw new OpExists() // rolls back the whole batch
      q.putOp.run(`${appId}_${op.opId}`, JSON.stringify(record))
      results.push(d.result)
    }
    if (seq !== row.seq) q.setSeq.run(seq, appId)
    return { kind: 'committed', results }
  })
  const join = db.transaction(<R>(token: string, openid: string, decide: (invite: InviteDoc | null, existing: MemberDoc | null) => JoinDecision<R>): R => {
    const invite = json<InviteDoc>(q.getInvite.get(token))
    const existing = invite ? json<MemberDoc>(q.getMember.get(invite.appId, openid)) : null
    const d = decide(invite, existing)
    if (d.join && invite) {
      q.useInvite.run(token)
      q.putMember.run(d.join.appId, d.join.openid, JSON.stringify(d.join))
    }
    return d.result
  })
  const withSeq = (row: { doc: string; seq: number } | undefined): ApplicationDoc | null => {
    const app = json<ApplicationDoc>(row)
    return app && row ? { ...app, seq: row.seq } : null
  }

  const setReview = db.transaction((appId: string, expected: { seq: number; version: number }, next: { review: ReviewState; version: number }): boolean => {
    const current = withSeq(q.getApp.get(appId))
    if (!current || current.seq !== expected.seq || current.version !== expected.version) return false
    return q.updateApp.run(JSON.stringify({ ...current, review: next.review, version: next.version }), next.version, appId, expected.version).changes === 1
  })

  const createApp = db.transaction((app: ApplicationDoc, owner: MemberDoc) => {
    q.insertApp.run(app.id, app.ownerOpenid, JSON.stringify(app), app.version)
    q.putMember.run(owner.appId, owner.openid, JSON.stringify(owner))
  })

  return {
    async createApplication(app, owner) {
      createApp(app, owner)
    },
    async getApplication(appId) {
      return withSeq(q.getApp.get(appId))
    },
    async updateApplication(appId, expectedVersion, changes) {
      const current = withSeq(q.getApp.get(appId))
      if (!current || current.version !== expectedVersion) return false
      const next = { ...current, ...changes, version: expectedVersion + 1 }
      return q.updateApp.run(JSON.stringify(next), next.version, appId, expectedVersion).changes === 1
    },
    async listApplicationsOf(openid) {
      return q.appsOf.all(openid, PAGE_LIMIT).map((r) => withSeq(r) as ApplicationDoc)
    },
    async getMember(appId, openid) {
      return json<MemberDoc>(q.getMember.get(appId, openid))
    },
    async putMember(member) {
      q.putMember.run(member.appId, member.openid, JSON.stringify(member))
    },
    async listMembers(appId) {
      return q.members.all(appId, PAGE_LIMIT).map((r) => JSON.parse(r.doc) as MemberDoc)
    },
    async createInvite(invite) {
      q.insertInvite.run(invite.token, invite.appId, invite.uses, JSON.stringify(invite))
    },
    async getInvite(token) {
      return json<InviteDoc>(q.getInvite.get(token))
    },
    async revokeInvite(token, at) {
      q.revokeInvite.run(at, token)
    },
    async join<R>(token: string, openid: string, decide: (invite: InviteDoc | null, existing: MemberDoc | null) => JoinDecision<R>) {
      return join(token, openid, decide) as R
    },
    async setReview(appId, expected, next) {
      return setReview(appId, expected, next)
    },
    async commitOps(appId, ops, open) {
      try {
        return commit(appId, ops, open)
      } catch (err) {
        if (err instanceof OpExists) return { kind: 'opExists' }
        throw err
      }
    },
    async fieldsSince(appId, sinceSeq) {
      return q.fieldsSince.all(appId, sinceSeq, FIELD_PAGE_LIMIT).map((r) => JSON.parse(r.doc) as FieldDoc)
    },
    async history(appId, itemId, afterVersion) {
      return q.history.all(appId, itemId, afterVersion, PAGE_LIMIT).map((r) => JSON.parse(r.doc))
    },
    async audit(appId, itemId, afterVersion) {
      return q.audit.all(appId, itemId, afterVersion, PAGE_LIMIT).map((r) => JSON.parse(r.doc))
    },
    async conflictsSince(appId, openid, sinceSeq) {
      return q.conflicts.all(appId, openid, sinceSeq, PAGE_LIMIT).map((r) => JSON.parse(r.doc))
    },
    async getOps(appId, opIds) {
      return opIds.map((id) => json<OpRecord>(q.getOp.get(`${appId}_${id}`))).filter((o): o is OpRecord => o !== null)
    },
    async putEvidence(doc) {
      return putEvidence(doc)
    },
    async getEvidence(appId, hashes) {
      return hashes.map((h) => json<EvidenceDoc>(q.getEvidence.get(appId, h))).filter((d): d is EvidenceDoc => d !== null)
    },
    async listEvidence(appId, afterHash) {
      return q.listEvidence.all(appId, afterHash, PAGE_LIMIT).map((r) => JSON.parse(r.doc) as EvidenceDoc)
    },
    async removeEvidence(appId, hash, entry) {
      return removeEvidence(appId, hash, entry)
    },
    async setEvidenceScreening(appId, hash, screening) {
      return setEvidenceScreening(appId, hash, screening)
    },
    async findEvidenceByTrace(traceId) {
      return json<EvidenceDoc>(q.evidenceByTrace.get(traceId))
    },

    // ---- Reminders ----
    ...reminderMethods(db)
  }
}
