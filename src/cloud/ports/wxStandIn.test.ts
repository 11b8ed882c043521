/**
 * The stand-in must behave as WeChat's database documentation says, or the wxStore tests prove nothing.
 * Pages: shared/wechat.md (guide/database/update, Command.set, db.runTransaction, Collection.add/limit).
 */
import { createWxDatabaseStandIn } from '../../../test/stand-ins/wxDatabase'

const setup = async () => {
  const db = createWxDatabaseStandIn()
  await db.collection('c').add({ data: { _id: 'd1', style: { color: 'blue', size: 1 }, tags: ['a', 'b'], n: 1 } })
  return db
}

describe('WeChat database stand-in', () => {
  it('merges a nested object in update() instead of replacing it', async () => {
    const db = await setup()
    await db.collection('c').doc('d1').update({ data: { style: { color: 'red' } } })
    expect(db.peek('c', 'd1')).toMatchObject({ style: { color: 'red', size: 1 } })
  })

  it('replaces a nested object written with _.set', async () => {
    const db = await setup()
    await db.collection('c').doc('d1').update({ data: { style: db.command.set({ color: 'red' }) } })
    expect(db.peek('c', 'd1')).toMatchObject({ style: { color: 'red' } })
    expect((db.peek('c', 'd1') as any).style.size).toBeUndefined()
  })

  it('reads a dotted key in update() as a path, and replaces arrays', async () => {
    const db = await setup()
    await db.collection('c').where({ _id: 'd1' }).update({ data: { 'style.size': 2, tags: ['c'] } })
    expect(db.peek('c', 'd1')).toMatchObject({ style: { color: 'blue', size: 2 }, tags: ['c'] })
  })

  it('replaces the whole record with doc().set() and refuses an _id in its data', async () => {
    const db = await setup()
    await db.collection('c').doc('d1').set({ data: { n: 2 } })
    expect(db.peek('c', 'd1')).toEqual({ _id: 'd1', n: 2 })
    await expect(db.collection('c').doc('d1').set({ data: { _id: 'x', n: 3 } })).rejects.toThrow('_id')
  })

  it('rejects doc().get() of a missing record and add() of an existing _id', async () => {
    const db = await setup()
    await expect(db.collection('c').doc('nope').get()).rejects.toThrow('does not exist')
    await expect(db.collection('c').add({ data: { _id: 'd1' } })).rejects.toThrow('duplicate')
  })

  it('matches nested fields, gt and in in where(), and reports stats.updated', async () => {
    const db = await setup()
    const _ = db.command
    expect((await db.collection('c').where({ style: { color: 'blue' } }).limit(10).get()).data).toHaveLength(1)
    expect((await db.collection('c').where({ n: _.gt(1) }).limit(10).get()).data).toHaveLength(0)
    expect((await db.collection('c').where({ _id: _.in(['d1', 'd2']) }).limit(10).get()).data).toHaveLength(1)
    expect((await db.collection('c').where({ _id: 'd1', n: 5 }).update({ data: { n: 6 } })).stats.updated).toBe(0)
  })

  it('returns at most 100 records without limit() and refuses a limit over 1000', async () => {
    const db = createWxDatabaseStandIn()
    for (let i = 0; i < 120; i++) await db.collection('c').add({ data: { i } })
    expect((await db.collection('c').get()).data).toHaveLength(100)
    expect(db.calls.unlimitedGets).toBe(1)
    expect(() => db.collection('c').limit(1001)).toThrow()
  })

  it('refuses where() inside a transaction', async () => {
    const db = await setup()
    await expect(db.runTransaction(async (t) => t.collection('c').where({ n: 1 }))).rejects.toThrow('where')
  })

  it('applies a transaction’s writes together or not at all', async () => {
    const db = await setup()
    await expect(
      db.runTransaction(async (t) => {
        await t.collection('c').doc('d1').update({ data: { n: 2 } })
        await t.collection('c').add({ data: { _id: 'd2', n: 1 } })
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    expect(db.peek('c', 'd1')).toMatchObject({ n: 1 })
    expect(db.peek('c', 'd2')).toBeNull()
  })

  it('makes runTransaction reject with the rollback reason and write nothing', async () => {
    const db = await setup()
    await expect(
      db.runTransaction(async (t) => {
        await t.collection('c').doc('d1').update({ data: { n: 9 } })
        await t.rollback('nope')
      })
    ).rejects.toBe('nope')
    expect(db.peek('c', 'd1')).toMatchObject({ n: 1 })
  })

  it('runs a transaction again when a concurrent one changed its document, so no increment is lost', async () => {
    const db = await setup()
    db.latencyMs = 1
    const bump = () =>
      db.runTransaction(async (t) => {
        const d = await t.collection('c').doc('d1').get()
        await t.collection('c').doc('d1').update({ data: { n: (d.data.n as number) + 1 } })
      }, 10)
    await Promise.all([bump(), bump(), bump()])
    expect(db.peek('c', 'd1')).toMatchObject({ n: 4 })
    expect(db.calls.byKind['transaction.begin']).toBeGreaterThan(3)
  })

  it('gives up after `times` conflicting attempts', async () => {
    const db = await setup()
    const slow = db.runTransaction(async (t) => {
      await t.collection('c').doc('d1').get()
      await db.collection('c').doc('d1').update({ data: { n: 100 } }) // someone else, outside, every attempt
      await t.collection('c').doc('d1').update({ data: { n: 2 } })
    }, 2)
    await expect(slow).rejects.toThrow('conflict')
  })

  it('counts every call and, once killed, refuses every later call so an open transaction never commits', async () => {
    const db = await setup()
    db.resetCalls()
    db.killAfter(2)
    await expect(
      db.runTransaction(async (t) => {
        await t.collection('c').doc('d1').update({ data: { n: 2 } })
        await t.collection('c').doc('d1').update({ data: { n: 3 } })
      })
    ).rejects.toThrow('killed')
    expect(db.calls.total).toBe(2)
    db.killAfter(null)
    expect(db.peek('c', 'd1')).toMatchObject({ n: 1 })
  })
})
