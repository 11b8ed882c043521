/**
 * What a sync costs on the WeChat cloud database, counted by the documented stand-in: the smallest plan allows
 * tens of thousands of reads and writes a day (shared/wechat.md, database), and a phone pulls often.
 */
import { createWxDatabaseStandIn } from '../../../test/stand-ins/wxDatabase'
import { testContext } from '../../../test/helpers/context'
import { createWxStore } from '../ports/wxStore'
import { runFunction } from './index'

async function setup() {
  const db = createWxDatabaseStandIn()
  const owner = testContext('o_owner', undefined, createWxStore(db))
  const created = await runFunction('createApplication', { clusterName: '兰山区木业产业集群', displayName: '王负责' }, owner)
  if (!created.ok) throw new Error(created.error.code)
  const appId = (created.data as { id: string }).id
  return { db, owner, appId }
}

describe('database calls of pullAnswers', () => {
  it('reads only the member and the change feed when nothing changed since the cursor', async () => {
    const { db, owner, appId } = await setup()
    db.resetCalls()
    const r = await runFunction('pullAnswers', { appId, since: 0 }, owner)
    expect(r).toEqual({ ok: true, data: { fields: [], conflicts: [], seq: 0, more: false } })
    expect(db.calls.total).toBe(2)
  })

  it('also reads the notices and the members’ names when something changed, and returns the change', async () => {
    const { db, owner, appId } = await setup()
    await runFunction('patchAnswers', { appId, ops: [{ opId: 'op-calls-0001', itemId: 's1.area', value: '12.5', baseVersion: 0 }] }, owner)
    db.resetCalls()
    const r = await runFunction('pullAnswers', { appId, since: 0 }, owner)
    expect(r.ok && (r.data as { fields: { itemId: string; value: unknown }[] }).fields.map((f) => [f.itemId, f.value])).toEqual([['s1.area', '12.50']])
    expect(db.calls.total).toBe(4)
    db.resetCalls()
    expect(await runFunction('pullAnswers', { appId, since: 1 }, owner)).toEqual({ ok: true, data: { fields: [], conflicts: [], seq: 1, more: false } })
    expect(db.calls.total).toBe(2)
  })
})
