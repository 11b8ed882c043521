/**
 * The store port on the WeChat cloud database (wx-server-sdk `cloud.database()`). Kept small and written
 * against the narrow interface below, so the same contract tests run it against an in-process stand-in.
 * WeChat docs relied on: a function's get() returns at most 100 documents (always .limit()); add() with an
 * existing _id fails; where({_id, version}).update() reports stats.updated, which makes a version guard.
 */
import { PAGE_LIMIT, type ApplicationDoc, type FieldDoc, type InviteDoc, type MemberDoc, type Store } from './store'

type Doc = Record<string, unknown> & { _id?: string }

export interface WxQuery {
  where(condition: Record<string, unknown>): WxQuery
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery
  limit(n: number): WxQuery
  get(): Promise<{ data: Doc[] }>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
}

export interface WxCollection extends WxQuery {
  add(options: { data: Doc }): Promise<{ _id: string }>
  doc(id: string): { set(options: { data: Doc }): Promise<unknown> }
}

export interface WxDatabase {
  collection(name: string): WxCollection
  command: { gt(n: number): unknown; in(values: unknown[]): unknown; inc(n: number): unknown }
}

const strip = <T>(doc: Doc | undefined): T | null => {
  if (!doc) return null
  const { _id: _ignored, ...rest } = doc
  return rest as T
}

export function createWxStore(db: WxDatabase): Store {
  const col = (name: string) => db.collection(name)
  const one = async <T>(name: string, id: string) => strip<T>((await col(name).where({ _id: id }).limit(1).get()).data[0])
  const many = async <T>(q: WxQuery) => (await q.limit(PAGE_LIMIT).get()).data.map((d) => strip<T>(d) as T)
  const tryAdd = async (name: string, data: Doc) => {
    try {
      await col(name).add({ data })
      return true
    } catch {
      return false // duplicate _id
    }
  }
  const memberId = (appId: string, openid: string) => `${appId}_${openid}`
  const fieldId = (appId: string, itemId: string) => `${appId}_${itemId}`

  const store: Store = {
    async createApplication(app, owner) {
      // The cloud database has no cross-collection transaction here: the member is written first, so an
      // application never exists without its owner.
      await col('members').doc(memberId(owner.appId, owner.openid)).set({ data: { ...owner } })
      if (!(await tryAdd('applications', { _id: app.id, ...app }))) throw new Error(`application ${app.id} exists`)
    },
    getApplication: (appId) => one<ApplicationDoc>('applications', appId),
    async updateApplication(appId, expectedVersion, changes) {
      const r = await col('applications').where({ _id: appId, version: expectedVersion }).update({ data: { ...changes, version: expectedVersion + 1 } })
      return r.stats.updated === 1
    },
    async listApplicationsOf(openid) {
      const members = (await many<MemberDoc>(col('members').where({ openid }))).filter((m) => m.removedAt === null)
      if (members.length === 0) return []
      const apps = await many<ApplicationDoc>(col('applications').where({ _id: db.command.in(members.map((m) => m.appId)) }))
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
      if (!(await tryAdd('invites', { _id: invite.token, ...invite }))) throw new Error('invite exists')
    },
    getInvite: (token) => one<InviteDoc>('invites', token),
    async useInvite(token, expectedUses) {
      const r = await col('invites').where({ _id: token, uses: expectedUses }).update({ data: { uses: expectedUses + 1 } })
      return r.stats.updated === 1
    },
    async revokeInvite(token, at) {
      await col('invites').where({ _id: token }).update({ data: { revokedAt: at } })
    },
    getField: (appId, itemId) => one<FieldDoc>('fields', fieldId(appId, itemId)),
    async putField(field, expectedVersion) {
      if (expectedVersion === 0) return tryAdd('fields', { _id: fieldId(field.appId, field.itemId), ...field })
      const r = await col('fields')
        .where({ _id: fieldId(field.appId, field.itemId), version: expectedVersion })
        .update({ data: { ...field } })
      return r.stats.updated === 1
    },
    fieldsSince: (appId, sinceSeq) => many<FieldDoc>(col('fields').where({ appId, seq: db.command.gt(sinceSeq) }).orderBy('seq', 'asc')),
    async addHistory(entry) {
      await col('history').add({ data: { ...entry } })
    },
    history: (appId, itemId) => many(col('history').where({ appId, itemId }).orderBy('version', 'asc')),
    async addAudit(entry) {
      await col('audit').add({ data: { ...entry } })
    },
    audit: (appId, itemId) => many(col('audit').where({ appId, itemId }).orderBy('at', 'asc')),
    async addConflict(notice) {
      await col('conflicts').add({ data: { ...notice } })
    },
    conflictsSince: (appId, openid, sinceSeq) => many(col('conflicts').where({ appId, openid, seq: db.command.gt(sinceSeq) }).orderBy('seq', 'asc')),
    getOp: (opId) => one('ops', opId),
    async putOp(op) {
      await tryAdd('ops', { _id: op.opId, ...op })
    },
    async commitWrite(w) {
      // Reserve the change number (version-guarded), then the guarded field write decides; the rest follows.
      // A function killed in between leaves the field written without its op record, so a retry is then a
      // new write by the same user (not a conflict): the cloud binding's one weaker point (README).
      let seq: number | null = null
      for (let attempt = 0; attempt < 20 && seq === null; attempt++) {
        const app = await store.getApplication(w.field.appId)
        if (!app) return null
        if (await store.updateApplication(app.id, app.version, { seq: app.seq + 1 })) seq = app.seq + 1
      }
      if (seq === null) return null
      if (!(await store.putField({ ...w.field, seq }, w.expectedVersion))) return null
      if (w.replaced) await store.addHistory(w.replaced)
      await store.addAudit(w.audit)
      if (w.conflict) await store.addConflict({ ...w.conflict, seq })
      await store.putOp({ opId: w.opId, appId: w.field.appId, openid: w.openid, result: w.result(seq) })
      return seq
    }
  }
  return store
}
