/**
 * One contract for every binding of the store port: the SQLite binding for real, the WeChat cloud binding
 * against the stand-in database. Each test states a behaviour the handlers rely on.
 */
import type { ApplicationDoc, FieldDoc, MemberDoc, Store } from '../../src/cloud/ports/store'

const app = (id: string, owner: string): ApplicationDoc => ({
  id,
  ownerOpenid: owner,
  clusterName: '潍坊市坊子区动力装备特色产业集群',
  region: { city: '潍坊市', county: '坊子区' },
  deadline: '2024-04-30',
  createdAt: '2024-03-01T00:00:00.000Z',
  seq: 0,
  version: 1
})
const member = (appId: string, openid: string, role: MemberDoc['role'] = 'operator'): MemberDoc => ({
  appId,
  openid,
  displayName: null,
  role,
  sections: ['s2'],
  joinedAt: '2024-03-01T00:00:00.000Z',
  removedAt: null
})
const field = (version: number, seq: number, value: unknown): FieldDoc => ({
  appId: 'a1',
  itemId: 's1.area',
  value,
  explanation: null,
  version,
  seq,
  updatedBy: 'o1',
  updatedAt: '2024-03-01T00:00:00.000Z',
  opId: `op${version}`
})

export function storeContract(name: string, make: () => Store) {
  describe(`store contract: ${name}`, () => {
    let store: Store
    beforeEach(() => {
      store = make()
    })

    it('creates an application with its owner as a member', async () => {
      await store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))
      expect(await store.getApplication('a1')).toEqual(app('a1', 'o1'))
      expect((await store.getMember('a1', 'o1'))?.role).toBe('owner')
    })

    it('returns null for what does not exist', async () => {
      expect(await store.getApplication('nope')).toBeNull()
      expect(await store.getMember('nope', 'o1')).toBeNull()
      expect(await store.getInvite('nope')).toBeNull()
      expect(await store.getField('a1', 's1.area')).toBeNull()
      expect(await store.getOp('nope')).toBeNull()
    })

    it('guards application updates by version', async () => {
      await store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))
      expect(await store.updateApplication('a1', 1, { deadline: '2024-05-10' })).toBe(true)
      expect(await store.updateApplication('a1', 1, { deadline: '2024-05-20' })).toBe(false)
      expect(await store.getApplication('a1')).toMatchObject({ deadline: '2024-05-10', version: 2 })
    })

    it('lists the applications of a member, not of a removed member', async () => {
      await store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))
      await store.createApplication(app('a2', 'o9'), member('a2', 'o9', 'owner'))
      await store.putMember(member('a2', 'o1'))
      expect((await store.listApplicationsOf('o1')).map((a) => a.id)).toEqual(['a1', 'a2'])
      await store.putMember({ ...member('a2', 'o1'), removedAt: '2024-03-02T00:00:00.000Z' })
      expect((await store.listApplicationsOf('o1')).map((a) => a.id)).toEqual(['a1'])
    })

    it('uses an invite once per expected count', async () => {
      await store.createInvite({ token: 't1', appId: 'a1', role: 'operator', createdBy: 'o1', createdAt: 'x', expiresAt: 'y', maxUses: 2, uses: 0, revokedAt: null })
      expect(await store.useInvite('t1', 0)).toBe(true)
      expect(await store.useInvite('t1', 0)).toBe(false)
      expect((await store.getInvite('t1'))?.uses).toBe(1)
      await store.revokeInvite('t1', '2024-03-03T00:00:00.000Z')
      expect((await store.getInvite('t1'))?.revokedAt).toBe('2024-03-03T00:00:00.000Z')
    })

    it('inserts a field once and then updates it only from the version it read', async () => {
      expect(await store.putField(field(1, 1, '1.00'), 0)).toBe(true)
      expect(await store.putField(field(1, 2, '9.00'), 0)).toBe(false)
      expect(await store.putField(field(2, 3, '2.00'), 1)).toBe(true)
      expect(await store.putField(field(2, 4, '3.00'), 1)).toBe(false)
      expect(await store.getField('a1', 's1.area')).toMatchObject({ value: '2.00', version: 2, seq: 3 })
    })

    it('returns fields changed after a sequence number, oldest first', async () => {
      await store.putField(field(1, 1, '1.00'), 0)
      await store.putField({ ...field(1, 2, '2.00'), itemId: 's4.cloudRate' }, 0)
      expect((await store.fieldsSince('a1', 0)).map((f) => f.itemId)).toEqual(['s1.area', 's4.cloudRate'])
      expect((await store.fieldsSince('a1', 1)).map((f) => f.itemId)).toEqual(['s4.cloudRate'])
    })

    it('keeps history, audit and conflict notices per item and user', async () => {
      await store.addHistory({ appId: 'a1', itemId: 's1.area', version: 1, value: '1.00', explanation: null, updatedBy: 'o1', updatedAt: 't', opId: 'p1', conflict: true })
      await store.addAudit({ appId: 'a1', itemId: 's1.area', openid: 'o2', opId: 'p2', oldValue: '1.00', newValue: '2.00', at: 't' })
      await store.addConflict({ appId: 'a1', itemId: 's1.area', openid: 'o1', otherOpenid: 'o2', keptValue: '2.00', lostValue: '1.00', at: 't', seq: 5 })
      expect((await store.history('a1', 's1.area')).map((h) => h.value)).toEqual(['1.00'])
      expect((await store.audit('a1', 's1.area')).map((a) => a.newValue)).toEqual(['2.00'])
      expect(await store.conflictsSince('a1', 'o1', 4)).toHaveLength(1)
      expect(await store.conflictsSince('a1', 'o1', 5)).toHaveLength(0)
      expect(await store.conflictsSince('a1', 'o2', 0)).toHaveLength(0)
    })

    it('commits an accepted write with its history, audit, conflict notice and op record', async () => {
      await store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))
      await store.putField(field(1, 1, '1.00'), 0)
      const { seq: _s, ...f } = field(2, 0, '2.00')
      const seq = await store.commitWrite({
        field: { ...f, updatedBy: 'o2', opId: 'p2' },
        expectedVersion: 1,
        replaced: { ...field(1, 1, '1.00'), conflict: true },
        audit: { appId: 'a1', itemId: 's1.area', openid: 'o2', opId: 'p2', oldValue: '1.00', newValue: '2.00', at: 't' },
        conflict: { appId: 'a1', itemId: 's1.area', openid: 'o1', otherOpenid: 'o2', keptValue: '2.00', lostValue: '1.00', at: 't' },
        result: (s) => ({ status: 'conflict', seq: s }),
        opId: 'p2',
        openid: 'o2'
      })
      expect(seq).toBe(1)
      expect(await store.getApplication('a1')).toMatchObject({ seq: 1 })
      expect(await store.getField('a1', 's1.area')).toMatchObject({ value: '2.00', seq: 1 })
      expect(await store.history('a1', 's1.area')).toHaveLength(1)
      expect(await store.audit('a1', 's1.area')).toHaveLength(1)
      expect(await store.conflictsSince('a1', 'o1', 0)).toHaveLength(1)
      expect((await store.getOp('p2'))?.result).toEqual({ status: 'conflict', seq: 1 })
    })

    it('writes nothing when the field version moved', async () => {
      await store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))
      await store.putField(field(1, 1, '1.00'), 0)
      const { seq: _s, ...f } = field(2, 0, '2.00')
      const seq = await store.commitWrite({
        field: f,
        expectedVersion: 0,
        replaced: null,
        audit: { appId: 'a1', itemId: 's1.area', openid: 'o1', opId: 'p3', oldValue: null, newValue: '2.00', at: 't' },
        conflict: null,
        result: () => ({}),
        opId: 'p3',
        openid: 'o1'
      })
      expect(seq).toBeNull()
      expect(await store.audit('a1', 's1.area')).toHaveLength(0)
      expect(await store.getOp('p3')).toBeNull()
    })

    it('records an operation once', async () => {
      await store.putOp({ opId: 'p1', appId: 'a1', openid: 'o1', result: { version: 1 } })
      await store.putOp({ opId: 'p1', appId: 'a1', openid: 'o1', result: { version: 2 } })
      expect((await store.getOp('p1'))?.result).toEqual({ version: 1 })
    })

    it('returns at most 100 documents per query', async () => {
      for (let i = 1; i <= 120; i++) await store.putField({ ...field(1, i, String(i)), itemId: `x${i}` }, 0)
      expect(await store.fieldsSince('a1', 0)).toHaveLength(100)
    })
  })
}
