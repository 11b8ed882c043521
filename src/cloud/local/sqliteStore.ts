/**
 * The store port on SQLite (better-sqlite3, synchronous, in WAL mode). Documents are JSON; the columns
 * that queries and version guards need are kept beside them.
 */
import { PAGE_LIMIT, type FieldWrite, type ApplicationDoc, type AuditDoc, type ConflictNotice, type FieldDoc, type HistoryDoc, type InviteDoc, type MemberDoc, type OpRecord, type Store } from '../ports/store'
import type { Db } from './db'

class VersionMoved extends Error {}

const json = <T>(row: { doc: string } | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null)

export function createSqliteStore(db: Db): Store {
  const q = {
    insertApp: db.prepare('INSERT INTO applications (id, owner_openid, doc, version) VALUES (?, ?, ?, ?)'),
    getApp: db.prepare<[string], { doc: string; seq: number }>('SELECT doc, seq FROM applications WHERE id = ?'),
    nextSeq: db.prepare<[string], { seq: number }>('UPDATE applications SET seq = seq + 1 WHERE id = ? RETURNING seq'),
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
    useInvite: db.prepare(`UPDATE invites SET uses = uses + 1, doc = json_set(doc, '$.uses', uses + 1) WHERE token = ? AND uses = ?`),
    revokeInvite: db.prepare(`UPDATE invites SET doc = json_set(doc, '$.revokedAt', ?) WHERE token = ?`),
    getField: db.prepare<[string, string], { doc: string }>('SELECT doc FROM fields WHERE app_id = ? AND item_id = ?'),
    insertField: db.prepare('INSERT OR IGNORE INTO fields (app_id, item_id, version, seq, doc) VALUES (?, ?, ?, ?, ?)'),
    updateField: db.prepare('UPDATE fields SET version = ?, seq = ?, doc = ? WHERE app_id = ? AND item_id = ? AND version = ?'),
    fieldsSince: db.prepare<[string, number, number], { doc: string }>('SELECT doc FROM fields WHERE app_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    addHistory: db.prepare('INSERT INTO history (app_id, item_id, doc) VALUES (?, ?, ?)'),
    history: db.prepare<[string, string, number], { doc: string }>('SELECT doc FROM history WHERE app_id = ? AND item_id = ? ORDER BY id LIMIT ?'),
    addAudit: db.prepare('INSERT INTO audit (app_id, item_id, doc) VALUES (?, ?, ?)'),
    audit: db.prepare<[string, string, number], { doc: string }>('SELECT doc FROM audit WHERE app_id = ? AND item_id = ? ORDER BY id LIMIT ?'),
    addConflict: db.prepare('INSERT INTO conflicts (app_id, openid, seq, doc) VALUES (?, ?, ?, ?)'),
    conflicts: db.prepare<[string, string, number, number], { doc: string }>('SELECT doc FROM conflicts WHERE app_id = ? AND openid = ? AND seq > ? ORDER BY seq LIMIT ?'),
    getOp: db.prepare<[string], { doc: string }>('SELECT doc FROM ops WHERE op_id = ?'),
    putOp: db.prepare('INSERT OR IGNORE INTO ops (op_id, doc) VALUES (?, ?)')
  }

  const putField = (field: FieldDoc, expectedVersion: number): boolean => {
    const doc = JSON.stringify(field)
    if (expectedVersion === 0) return q.insertField.run(field.appId, field.itemId, field.version, field.seq, doc).changes === 1
    return q.updateField.run(field.version, field.seq, doc, field.appId, field.itemId, expectedVersion).changes === 1
  }
  const commit = db.transaction((w: FieldWrite): number | null => {
    const next = q.nextSeq.get(w.field.appId)
    if (!next) return null
    const seq = next.seq
    if (!putField({ ...w.field, seq }, w.expectedVersion)) throw new VersionMoved() // rolls back the seq too
    if (w.replaced) q.addHistory.run(w.replaced.appId, w.replaced.itemId, JSON.stringify(w.replaced))
    q.addAudit.run(w.audit.appId, w.audit.itemId, JSON.stringify(w.audit))
    if (w.conflict) q.addConflict.run(w.conflict.appId, w.conflict.openid, seq, JSON.stringify({ ...w.conflict, seq }))
    q.putOp.run(w.opId, JSON.stringify({ opId: w.opId, appId: w.field.appId, openid: w.openid, result: w.result(seq) }))
    return seq
  })
  const withSeq = (row: { doc: string; seq: number } | undefined): ApplicationDoc | null => {
    const app = json<ApplicationDoc>(row)
    return app && row ? { ...app, seq: row.seq } : null
  }

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
      const { seq: _seq, ...rest } = changes
      const next = { ...current, ...rest, version: expectedVersion + 1 }
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
    async useInvite(token, expectedUses) {
      return q.useInvite.run(token, expectedUses).changes === 1
    },
    async revokeInvite(token, at) {
      q.revokeInvite.run(at, token)
    },
    async getField(appId, itemId) {
      return json<FieldDoc>(q.getField.get(appId, itemId))
    },
    async putField(field, expectedVersion) {
      return putField(field, expectedVersion)
    },
    async commitWrite(w) {
      try {
        return commit(w)
      } catch (err) {
        if (err instanceof VersionMoved) return null
        throw err
      }
    },
    async fieldsSince(appId, sinceSeq) {
      return q.fieldsSince.all(appId, sinceSeq, PAGE_LIMIT).map((r) => JSON.parse(r.doc) as FieldDoc)
    },
    async addHistory(entry: HistoryDoc) {
      q.addHistory.run(entry.appId, entry.itemId, JSON.stringify(entry))
    },
    async history(appId, itemId) {
      return q.history.all(appId, itemId, PAGE_LIMIT).map((r) => JSON.parse(r.doc) as HistoryDoc)
    },
    async addAudit(entry: AuditDoc) {
      q.addAudit.run(entry.appId, entry.itemId, JSON.stringify(entry))
    },
    async audit(appId, itemId) {
      return q.audit.all(appId, itemId, PAGE_LIMIT).map((r) => JSON.parse(r.doc) as AuditDoc)
    },
    async addConflict(notice: ConflictNotice) {
      q.addConflict.run(notice.appId, notice.openid, notice.seq, JSON.stringify(notice))
    },
    async conflictsSince(appId, openid, sinceSeq) {
      return q.conflicts.all(appId, openid, sinceSeq, PAGE_LIMIT).map((r) => JSON.parse(r.doc) as ConflictNotice)
    },
    async getOp(opId) {
      return json<OpRecord>(q.getOp.get(opId))
    },
    async putOp(op) {
      q.putOp.run(op.opId, JSON.stringify(op))
    }
  }
}
