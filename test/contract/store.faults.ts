/**
 * Faults through the real handlers (patchAnswers, pullAnswers, fieldHistory) on a store binding: two
 * function instances storing the same opId, concurrent writers of one field with stale versions, a puller
 * running while writers commit, and — on the WeChat stand-in — the instance killed after each database call.
 * The promises: nothing accepted is lost, each op is stored once, no change is skipped by a puller.
 */
import { runFunction, type HandlerContext } from '../../src/cloud/core'
import type { Store } from '../../src/cloud/ports/store'
import type { WxDatabaseStandIn } from '../stand-ins/wxDatabase'
import { testContext } from '../helpers/context'
import { app, fieldOf, member } from './store.contract'

export interface FaultSubject {
  store: Store
  /** Present on the WeChat stand-in: latency and kill injection. */
  db?: WxDatabaseStandIn
}

const ctx = (store: Store, openid: string): HandlerContext => testContext(openid, '2024-04-01T02:00:00.000Z', store)
const patch = (store: Store, openid: string, ops: object[]) => runFunction('patchAnswers', { appId: 'a1', ops }, ctx(store, openid)) as Promise<any>
const op = (opId: string, value: string, baseVersion: number, itemId = 's2.leadingCagr') => ({ opId: `op-${opId.padStart(8, '0')}`, itemId, value, baseVersion })

async function teamOf(store: Store) {
  await store.createApplication(app('a1', 'o1'), member('a1', 'o1', 'owner'))
  for (let i = 2; i <= 21; i++) await store.putMember({ ...member('a1', `o${i}`), displayName: `成员${i}`, sections: ['s1', 's2', 's4', 's5'] })
}

/** Patches until no op is BUSY, as the sync client does. */
async function patchUntilDone(store: Store, openid: string, ops: object[]) {
  for (let i = 0; i < 50; i++) {
    const r = await patch(store, openid, ops)
    if (r.ok && !r.data.results.some((x: any) => x.code === 'BUSY')) return r
  }
  throw new Error('still busy')
}

export function storeFaults(name: string, make: () => FaultSubject) {
  describe(`store faults: ${name}`, () => {
    // A killed instance logs its failure; keep the test output readable.
    beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined))
    afterEach(() => jest.restoreAllMocks())

    it('stores an op once when two instances handle the same opId at the same time', async () => {
      for (let trial = 0; trial < 10; trial++) {
        const { store, db } = make()
        if (db) db.latencyMs = 1
        await teamOf(store)
        const same = op(`same${trial}`, '12.46', 0)
        const [r1, r2] = await Promise.all([patchUntilDone(store, 'o2', [same]), patchUntilDone(store, 'o2', [same])])
        expect(r1.data.results[0]).toEqual(r2.data.results[0])
        expect(r1.data.results[0]).toMatchObject({ status: 'accepted', version: 1 })
        const h = (await runFunction('fieldHistory', { appId: 'a1', itemId: 's2.leadingCagr' }, ctx(store, 'o2'))) as any
        expect(h.data.audit).toHaveLength(1)
      }
    })

    it('loses no value when twenty users write one field from stale versions at once', async () => {
      const { store, db } = make()
      if (db) db.latencyMs = 1
      await teamOf(store)
      const writers = Array.from({ length: 20 }, (_, i) => patchUntilDone(store, `o${i + 2}`, [op(`w${i}`, `${10 + i}.00`, 0)]))
      const results = (await Promise.all(writers)).map((r) => r.data.results[0])
      expect(results.every((r) => r.status === 'accepted' || r.status === 'conflict')).toBe(true)
      const h = (await runFunction('fieldHistory', { appId: 'a1', itemId: 's2.leadingCagr' }, ctx(store, 'o1'))) as any
      const field = await fieldOf(store, 'a1', 's2.leadingCagr')
      // Every written value is the current one or in history; versions 1…20 each written once.
      const kept = new Set([field?.value, ...h.data.history.map((x: any) => x.value)])
      for (let i = 0; i < 20; i++) expect(kept.has(`${10 + i}.00`)).toBe(true)
      expect(h.data.audit.map((a: any) => a.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
      expect(h.data.history).toHaveLength(19)
      // Each overwritten user was told once.
      const notices = await Promise.all(Array.from({ length: 20 }, (_, i) => store.conflictsSince('a1', `o${i + 2}`, 0)))
      expect(notices.flat()).toHaveLength(results.filter((r) => r.status === 'conflict').length)
    })

    it('never lets a puller skip a committed change while writers commit', async () => {
      const { store, db } = make()
      if (db) db.latencyMs = 1
      await teamOf(store)
      const seen = new Map<string, number>()
      let since = 0
      let writing = true
      const puller = (async () => {
        while (writing) {
          const r = (await runFunction('pullAnswers', { appId: 'a1', since }, ctx(store, 'o1'))) as any
          for (const f of r.data.fields) seen.set(f.itemId, f.version)
          since = r.data.seq
          await new Promise((resolve) => setImmediate(resolve))
        }
      })()
      const items = ['s2.leadingCagr', 's4.cloudRate', 's4.iiotRate', 's1.area', 's5.waterReuseRate']
      await Promise.all(
        items.map((itemId, w) =>
          (async () => {
            for (let k = 0; k < 5; k++) {
              const r = await patchUntilDone(store, `o${w + 2}`, [op(`p${w}-${k}`, String(k + 1), k, itemId)])
              expect(r.data.results[0]).toMatchObject({ status: 'accepted', version: k + 1 })
            }
          })()
        )
      )
      writing = false
      await puller
      const last = (await runFunction('pullAnswers', { appId: 'a1', since }, ctx(store, 'o1'))) as any
      for (const f of last.data.fields) seen.set(f.itemId, f.version)
      const stored = await store.fieldsSince('a1', 0)
      expect(stored).toHaveLength(items.length)
      for (const f of stored) expect(seen.get(f.itemId)).toBe(f.version)
    })

    if (!make().db) return
    it('keeps every value and notice when the instance is killed after any database call, and the retry stores it once', async () => {
      const probe = make()
      await teamOf(probe.store)
      await patch(probe.store, 'o2', [op('first', '12.46', 0)])
      probe.db?.resetCalls()
      await patch(probe.store, 'o3', [op('second', '12.50', 0)])
      const callsPerAnswer = probe.db?.calls.total ?? 0
      expect(callsPerAnswer).toBeGreaterThan(3)
      for (let killAt = 0; killAt < callsPerAnswer; killAt++) {
        const { store, db } = make()
        await teamOf(store)
        await patch(store, 'o2', [op('first', '12.46', 0)])
        db?.killAfter(killAt)
        const killed = await patch(store, 'o3', [op('second', '12.50', 0)]).catch(() => null)
        expect(killed === null || !killed.ok || killed.data.results[0].code === 'BUSY').toBe(true)
        db?.killAfter(null)
        const retried = await patch(store, 'o3', [op('second', '12.50', 0)])
        expect(retried.data.results[0]).toMatchObject({ status: 'conflict', version: 2, otherName: '成员2', otherValue: '12.46' })
        const h = (await runFunction('fieldHistory', { appId: 'a1', itemId: 's2.leadingCagr' }, ctx(store, 'o1'))) as any
        expect(h.data.history.map((x: any) => [x.value, x.conflict])).toEqual([['12.46', true]])
        expect(h.data.audit.map((a: any) => a.newValue)).toEqual(['12.46', '12.50'])
        expect(await store.conflictsSince('a1', 'o2', 0)).toHaveLength(1)
        expect((await store.getApplication('a1'))?.seq).toBe(2)
      }
    })

    it('commits a whole batch or none of it when the instance is killed after any call, and the retry stores each op once', async () => {
      const batch = [op('b1', '12.50', 0), op('b2', '60', 0, 's4.cloudRate'), op('b3', '1', 0, 's1.area')]
      const probe = make()
      await teamOf(probe.store)
      await patch(probe.store, 'o2', [op('first', '12.46', 0)])
      probe.db?.resetCalls()
      await patch(probe.store, 'o3', batch)
      const calls = probe.db?.calls.total ?? 0
      for (let killAt = 0; killAt < calls; killAt++) {
        const { store, db } = make()
        await teamOf(store)
        await patch(store, 'o2', [op('first', '12.46', 0)])
        db?.killAfter(killAt)
        await patch(store, 'o3', batch).catch(() => null)
        db?.killAfter(null)
        // Nothing of the batch is visible until it commits as a whole (then 3 fields: one of them was replaced).
        const between = await store.fieldsSince('a1', 0)
        expect([1, 3]).toContain(between.length)
        const retried = await patch(store, 'o3', batch)
        expect(retried.data.results.map((r: any) => r.status)).toEqual(['conflict', 'accepted', 'accepted'])
        expect((await store.fieldsSince('a1', 0)).map((f) => [f.itemId, f.version])).toEqual([
          ['s2.leadingCagr', 2],
          ['s4.cloudRate', 1],
          ['s1.area', 1]
        ])
        expect(await store.conflictsSince('a1', 'o2', 0)).toHaveLength(1)
        expect((await store.getApplication('a1'))?.seq).toBe(4)
      }
    })

    it('joins once when the instance is killed after any call during a join', async () => {
      const invite = { token: 'tok1', appId: 'a1', role: 'operator' as const, createdBy: 'o1', createdAt: '2024-03-01T00:00:00.000Z', expiresAt: '2030-01-01T00:00:00.000Z', maxUses: 5, uses: 0, revokedAt: null }
      const join = (store: Store) => runFunction('joinApplication', { token: 'tok1', displayName: '新成员' }, ctx(store, 'o_new')) as Promise<any>
      const probe = make()
      await teamOf(probe.store)
      await probe.store.createInvite(invite)
      probe.db?.resetCalls()
      await join(probe.store)
      const calls = probe.db?.calls.total ?? 0
      expect(calls).toBeGreaterThan(2)
      for (let killAt = 0; killAt < calls; killAt++) {
        const { store, db } = make()
        await teamOf(store)
        await store.createInvite(invite)
        db?.killAfter(killAt)
        await join(store).catch(() => null)
        db?.killAfter(null)
        const member = await store.getMember('a1', 'o_new')
        expect((await store.getInvite('tok1'))?.uses).toBe(member ? 1 : 0)
        expect((await join(store)).data).toMatchObject({ appId: 'a1', displayName: '新成员', role: 'operator' })
        expect((await store.getInvite('tok1'))?.uses).toBe(1)
      }
    })
  })
}
