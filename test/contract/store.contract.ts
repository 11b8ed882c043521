/**
 * One contract for every binding of the store port: the SQLite binding for real, the WeChat cloud binding
 * against the stand-in database (test/stand-ins/wxDatabase.ts, faithful to WeChat's documentation).
 * Each test states a behaviour the handlers rely on.
 */
import type { ApplicationDoc, FieldDoc, MemberDoc, OpDecision, PlannedOp, Store } from '../../src/cloud/ports/store'

export const app = (id: string, owner: string): ApplicationDoc => ({
  id,
  ownerOpenid: owner,
  clusterName: '潍坊市坊子区动力装备特色产业集群',
  region: { city: '潍坊市', county: '坊子区' },
  deadline: '2024-04-30',
  createdAt: '2024-03-01T00:00:00.000Z',
  seq: 0,
  version: 1
})
export const member = (appId: string, openid: string, role: MemberDoc['role'] = 'operator'): MemberDoc => ({
  appId,
  openid,
  displayName: null,
  role,
  sections: ['s2'],
  joinedAt: '2024-03-01T00:00:00.000Z',
  removedAt: null
})

/** A plain write of `value` by `openid` (conflict when based on an older version written by someone else). */
export function writeOp(opId: string, itemId: string, value: unknown, openid = 'o1', baseVersion?: number, appId = 'a1'): PlannedOp {
  return {
    opId,
    digest: `d-${opId}`,
    openid,
    itemId,
    decide(current, seq): OpDecision {
      const version = (current?.version ?? 0) + 1
      const conflict = current !== null && baseVersion !== undefined && baseVersion < current.version && current.updatedBy !== openid
      const field: FieldDoc = { appId, itemId, value, explanation: null, version, seq, updatedBy: openid, updatedAt: 't', opId }
      return {
        kind: 'write',
        field,
        replaced: current ? { ...current, conflict } : null,
        audit: { appId, itemId, openid, opId, oldValue: current?.value ?? null, newValue: value, version, at: 't' },
        conflict: conflict && current ? { appId, itemId, openid: current.updatedBy, otherOpenid: openid, keptValue: value, lostValue: current.value, at: 't', seq } : null,
        result: { opId, status: conflict ? 'conflict' : 'accepted', version, seq }
      }
    }
  }
}
/** A field as a puller sees it (the port has no single-field read: handlers never need one). */
export async function fieldOf(store: Store, appId: string, itemId: string): Promise<FieldDoc | null> {
  return (await store.fieldsSince(appId, 0)).find((f) => f.itemId === itemId) ?? null
}

export const refuseOp = (opId: string, openid = 'o1'): PlannedOp => ({ opId, digest: `d-${opId}`, openid, itemId: null, decide: () => ({ kind: 'refuse', result: { opId, status: 'refused' } }) })

export function storeContract(name: string, make: () => Store) {
  describe(`store contract: ${name}`, () => {
    let store: Store
    beforeEach(async () => {
      store = make()
    })
    const withApp = async () => store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))

    it('creates an application with its owner as a member', async () => {
      await withApp()
      expect(await store.getApplication('a1')).toEqual(app('a1', 'o1'))
      expect((await store.getMember('a1', 'o1'))?.role).toBe('owner')
    })

    it('refuses to create an application whose id exists, keeping the first', async () => {
      await withApp()
      // better-sqlite3's errors come from another realm, so the rejection is checked by hand.
      const failed = await store.createApplication({ ...app('a1', 'o2'), clusterName: 'x' }, member('a1', 'o2', 'owner')).then(() => false, () => true)
      expect(failed).toBe(true)
      expect((await store.getMember('a1', 'o2'))).toBeNull()
      expect((await store.getApplication('a1'))?.clusterName).toBe('潍坊市坊子区动力装备特色产业集群')
    })

    it('returns null or nothing for what does not exist', async () => {
      expect(await store.getApplication('nope')).toBeNull()
      expect(await store.getMember('nope', 'o1')).toBeNull()
      expect(await store.getInvite('nope')).toBeNull()
      expect(await fieldOf(store, 'a1', 's1.area')).toBeNull()
      expect(await store.getOps('a1', ['nope'])).toEqual([])
      expect(await store.commitOps('nope', [writeOp('p1', 's1.area', '1.00')])).toEqual({ kind: 'noApplication' })
    })

    it('guards application updates by version and replaces an object value whole', async () => {
      await withApp()
      expect(await store.updateApplication('a1', 1, { region: { city: '济南市', county: '历城区' } })).toBe(true)
      expect(await store.updateApplication('a1', 1, { deadline: '2024-05-20' })).toBe(false)
      expect(await store.getApplication('a1')).toMatchObject({ region: { city: '济南市', county: '历城区' }, deadline: '2024-04-30', version: 2 })
    })

    it('lists the applications of a member, not of a removed member', async () => {
      await withApp()
      await store.createApplication(app('a2', 'o9'), member('a2', 'o9', 'owner'))
      await store.putMember(member('a2', 'o1'))
      expect((await store.listApplicationsOf('o1')).map((a) => a.id)).toEqual(['a1', 'a2'])
      await store.putMember({ ...member('a2', 'o1'), removedAt: '2024-03-02T00:00:00.000Z' })
      expect((await store.listApplicationsOf('o1')).map((a) => a.id)).toEqual(['a1'])
    })

    it('joins through an invite: the member is stored and one use counted, together', async () => {
      await withApp()
      await store.createInvite({ token: 't1', appId: 'a1', role: 'operator', createdBy: 'o1', createdAt: 'x', expiresAt: 'y', maxUses: 2, uses: 0, revokedAt: null })
      const seen: unknown[] = []
      const r = await store.join('t1', 'o2', (invite, existing) => {
        seen.push(invite?.uses, existing)
        return { join: member('a1', 'o2'), result: 'joined' }
      })
      expect(r).toBe('joined')
      expect(seen).toEqual([0, null])
      expect((await store.getInvite('t1'))?.uses).toBe(1)
      expect((await store.getMember('a1', 'o2'))?.role).toBe('operator')
      const again = await store.join('t1', 'o2', (invite, existing) => ({ join: null, result: [invite?.uses, existing?.openid] }))
      expect(again).toEqual([1, 'o2'])
      expect((await store.getInvite('t1'))?.uses).toBe(1)
      expect(await store.join('nope', 'o2', (invite) => ({ join: null, result: invite }))).toBeNull()
      await store.revokeInvite('t1', '2024-03-03T00:00:00.000Z')
      expect((await store.getInvite('t1'))?.revokedAt).toBe('2024-03-03T00:00:00.000Z')
    })

    it('commits an accepted write with its history, audit, conflict notice and op record', async () => {
      await withApp()
      expect(await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00', 'o1')])).toEqual({ kind: 'committed', results: [{ opId: 'p1', status: 'accepted', version: 1, seq: 1 }] })
      const r = await store.commitOps('a1', [writeOp('p2', 's1.area', '2.00', 'o2', 0)])
      expect(r).toEqual({ kind: 'committed', results: [{ opId: 'p2', status: 'conflict', version: 2, seq: 2 }] })
      expect(await store.getApplication('a1')).toMatchObject({ seq: 2 })
      expect(await fieldOf(store, 'a1', 's1.area')).toMatchObject({ value: '2.00', version: 2, seq: 2, updatedBy: 'o2' })
      expect((await store.history('a1', 's1.area', -1)).map((h) => [h.version, h.value, h.conflict])).toEqual([[1, '1.00', true]])
      expect((await store.audit('a1', 's1.area', 0)).map((a) => [a.version, a.oldValue, a.newValue])).toEqual([
        [1, null, '1.00'],
        [2, '1.00', '2.00']
      ])
      expect(await store.conflictsSince('a1', 'o1', 0)).toEqual([{ appId: 'a1', itemId: 's1.area', openid: 'o1', otherOpenid: 'o2', keptValue: '2.00', lostValue: '1.00', at: 't', seq: 2 }])
      expect(await store.conflictsSince('a1', 'o1', 2)).toHaveLength(0)
      expect(await store.conflictsSince('a1', 'o2', 0)).toHaveLength(0)
      expect(await store.getOps('a1', ['p2'])).toEqual([{ opId: 'p2', appId: 'a1', openid: 'o2', digest: 'd-p2', result: { opId: 'p2', status: 'conflict', version: 2, seq: 2 } }])
    })

    it('replaces an object value whole: a later partial object does not keep the earlier keys', async () => {
      await withApp()
      await store.commitOps('a1', [writeOp('p1', 's2.totalOutput', { '2021': '1.00', '2022': '2.00', '2023': '3.00' })])
      await store.commitOps('a1', [writeOp('p2', 's2.totalOutput', { '2022': '5.00' })])
      expect((await fieldOf(store, 'a1', 's2.totalOutput'))?.value).toEqual({ '2022': '5.00' })
      expect((await store.fieldsSince('a1', 0))[0].value).toEqual({ '2022': '5.00' })
    })

    it('gives the writes of one batch consecutive change numbers, the second write of a field building on the first', async () => {
      await withApp()
      const r = await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00'), refuseOp('p2'), writeOp('p3', 's1.area', '2.00'), writeOp('p4', 's4.cloudRate', '60.00')])
      expect(r).toEqual({
        kind: 'committed',
        results: [{ opId: 'p1', status: 'accepted', version: 1, seq: 1 }, { opId: 'p2', status: 'refused' }, { opId: 'p3', status: 'accepted', version: 2, seq: 2 }, { opId: 'p4', status: 'accepted', version: 1, seq: 3 }]
      })
      expect((await store.fieldsSince('a1', 0)).map((f) => [f.itemId, f.seq])).toEqual([
        ['s1.area', 2],
        ['s4.cloudRate', 3]
      ])
      expect((await store.getOps('a1', ['p2'])).map((o) => o.result)).toEqual([{ opId: 'p2', status: 'refused' }])
    })

    it('writes nothing of a batch when one of its opIds is already stored', async () => {
      await withApp()
      await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00')])
      expect(await store.commitOps('a1', [writeOp('p2', 's4.cloudRate', '60.00'), writeOp('p1', 's1.area', '9.00')])).toEqual({ kind: 'opExists' })
      expect(await fieldOf(store, 'a1', 's4.cloudRate')).toBeNull()
      expect(await fieldOf(store, 'a1', 's1.area')).toMatchObject({ value: '1.00' })
      expect(await store.getOps('a1', ['p2'])).toEqual([])
      expect(await store.getApplication('a1')).toMatchObject({ seq: 1 })
    })

    it('keeps op records per application: the same opId in another application is another op', async () => {
      await withApp()
      await store.createApplication(app('a2', 'o1'), member('a2', 'o1', 'owner'))
      await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00')])
      expect(await store.commitOps('a2', [writeOp('p1', 's1.area', '7.00', 'o1', undefined, 'a2')])).toMatchObject({ kind: 'committed' })
      expect(await store.getOps('a2', ['p1'])).toHaveLength(1)
      expect((await fieldOf(store, 'a2', 's1.area'))?.value).toBe('7.00')
    })

    it('pages history and audit by version', async () => {
      await withApp()
      for (let v = 1; v <= 105; v++) await store.commitOps('a1', [writeOp(`p${v}`, 's1.area', String(v))])
      const first = await store.audit('a1', 's1.area', 0)
      expect(first).toHaveLength(100)
      expect(first[99].version).toBe(100)
      expect((await store.audit('a1', 's1.area', 100)).map((a) => a.version)).toEqual([101, 102, 103, 104, 105])
      expect((await store.history('a1', 's1.area', 100)).map((h) => h.version)).toEqual([101, 102, 103, 104])
    })

    it('reads the change feed 1000 fields a page, the most one server-side get() returns, and the rest from its cursor', async () => {
      await withApp()
      const ops = Array.from({ length: 1020 }, (_, i) => writeOp(`p${i}`, `x${i}`, String(i)))
      for (let i = 0; i < ops.length; i += 60) await store.commitOps('a1', ops.slice(i, i + 60))
      const first = await store.fieldsSince('a1', 0)
      expect(first).toHaveLength(1000)
      expect(first[999].seq).toBe(1000)
      expect((await store.fieldsSince('a1', 1000)).map((f) => f.itemId)).toEqual(Array.from({ length: 20 }, (_, i) => `x${1000 + i}`))
    })

    const submitted = { status: 'submitted' as const, returned: [], log: [{ action: 'submit' as const, by: 'm_1', byName: null, at: 't', version: 1 }] }

    it('stores a review step only when seq and version are still those read, replacing the review whole', async () => {
      await withApp()
      await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00')])
      expect(await store.setReview('a1', { seq: 0, version: 1 }, { review: submitted, version: 1 })).toBe(false)
      expect(await store.setReview('a1', { seq: 1, version: 2 }, { review: submitted, version: 2 })).toBe(false)
      expect(await store.setReview('a1', { seq: 1, version: 1 }, { review: submitted, version: 1 })).toBe(true)
      expect(await store.getApplication('a1')).toMatchObject({ seq: 1, version: 1, review: submitted })
      const reopened = { status: 'draft' as const, returned: [], log: [] }
      expect(await store.setReview('a1', { seq: 1, version: 1 }, { review: reopened, version: 2 })).toBe(true)
      expect(await store.getApplication('a1')).toMatchObject({ version: 2, review: reopened })
      expect(await store.setReview('nope', { seq: 0, version: 1 }, { review: submitted, version: 1 })).toBe(false)
    })

    it('writes nothing of a batch when the application as read in the transaction is not open for it', async () => {
      await withApp()
      await store.setReview('a1', { seq: 0, version: 1 }, { review: submitted, version: 1 })
      const open = (a: ApplicationDoc) => a.review?.status !== 'submitted'
      expect(await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00')], open)).toEqual({ kind: 'locked' })
      expect(await store.fieldsSince('a1', 0)).toEqual([])
      expect(await store.getOps('a1', ['p1'])).toEqual([])
      expect(await store.getApplication('a1')).toMatchObject({ seq: 0 })
      expect(await store.commitOps('a1', [writeOp('p1', 's1.area', '1.00')], () => true)).toMatchObject({ kind: 'committed' })
    })
  })
}
