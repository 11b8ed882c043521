import type { CloudResult } from '../errors'
import type { KeyValue } from './deviceStore'
import { SyncClient } from './syncClient'

function setup(responder: (name: string, data: any) => CloudResult<any> | 'offline') {
  const data = new Map<string, string>()
  const kv: KeyValue = { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
  let now = 1000
  let id = 0
  const calls: { name: string; data: any }[] = []
  const ports = {
    kv,
    now: () => now,
    newOpId: () => `op-${String(++id).padStart(6, '0')}`,
    call: async (name: 'patchAnswers' | 'pullAnswers', d: Record<string, unknown>) => {
      calls.push({ name, data: d })
      const r = responder(name, d)
      if (r === 'offline') throw new Error('offline')
      return r
    }
  }
  return { kv, ports, calls, advance: (ms: number) => (now += ms), client: () => new SyncClient(ports, 'app1') }
}

const accept = (_n: string, d: any): CloudResult<any> => ({ ok: true, data: { results: d.ops.map((o: any, i: number) => ({ opId: o.opId, itemId: o.itemId, status: 'accepted', version: o.baseVersion + 1, seq: i + 1 })) } })

describe('SyncClient', () => {
  it('keeps queued answers across a restart (a new client on the same storage)', () => {
    const t = setup(accept)
    t.client().enqueue('s1.area', { value: '1.00' })
    expect(t.client().unsynced).toBe(1)
  })

  it('sends the outbox and remembers each field’s new version as the base of the next edit', async () => {
    const t = setup(accept)
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    expect(c.unsynced).toBe(0)
    expect(c.enqueue('s1.area', { value: '2.00' }).baseVersion).toBe(1)
  })

  it('keeps everything when offline and backs off before the next try', async () => {
    const t = setup(() => 'offline')
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    await c.flush()
    expect(t.calls).toHaveLength(1)
    expect(c.unsynced).toBe(1)
    t.advance(1000)
    await c.flush()
    expect(t.calls).toHaveLength(2)
    expect(c.snapshot.nextAttemptAt).toBe(2000 + 2000)
  })

  it('keeps a refused answer with its reason instead of dropping it silently', async () => {
    const t = setup((_n, d) => ({ ok: true, data: { results: d.ops.map((o: any) => ({ opId: o.opId, itemId: o.itemId, status: 'refused', code: 'SECTION_NOT_ASSIGNED' })) } }))
    const c = t.client()
    c.enqueue('s3.pctApplications', { value: '1' })
    await c.flush()
    expect(c.snapshot.refused).toEqual([{ itemId: 's3.pctApplications', code: 'SECTION_NOT_ASSIGNED', message: 'SECTION_NOT_ASSIGNED' }])
  })

  it('records a conflict reported by the server', async () => {
    const t = setup((_n, d) => ({ ok: true, data: { results: d.ops.map((o: any) => ({ opId: o.opId, itemId: o.itemId, status: 'conflict', version: 3, seq: 3, otherOpenid: 'o2', otherValue: '9.00' })) } }))
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    expect(c.snapshot.conflicts).toEqual([{ itemId: 's1.area', keptValue: '1.00', lostValue: '9.00', otherOpenid: 'o2' }])
  })

  it('pulls others’ changes but keeps a local edit that is not sent yet', async () => {
    const t = setup((name) =>
      name === 'pullAnswers'
        ? { ok: true, data: { fields: [{ itemId: 's1.area', value: '5.00', version: 4, seq: 7 }, { itemId: 's4.cloudRate', value: '60.00', version: 1, seq: 8 }], conflicts: [], seq: 8, more: false } }
        : 'offline'
    )
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    const pulled = await c.pull()
    expect(pulled?.answers).toEqual({ 's4.cloudRate': { value: '60.00' } })
    expect(c.snapshot.seq).toBe(8)
  })
})
