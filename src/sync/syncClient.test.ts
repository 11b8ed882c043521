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
    expect(c.snapshot.refused).toEqual([{ itemId: 's3.pctApplications', code: 'SECTION_NOT_ASSIGNED', message: '这一部分没有分配给您填写，请联系申报负责人。' }])
  })

  it('records a conflict reported by the server', async () => {
    const t = setup((_n, d) => ({ ok: true, data: { results: d.ops.map((o: any) => ({ opId: o.opId, itemId: o.itemId, status: 'conflict', version: 3, seq: 3, otherName: '李工', otherValue: '9.00' })) } }))
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    expect(c.snapshot.conflicts).toEqual([{ itemId: 's1.area', keptValue: '1.00', lostValue: '9.00', otherName: '李工', won: true }])
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

  it('bounds a batch by bytes as well as by count', async () => {
    const t = setup(accept)
    const c = t.client()
    const big = 'x'.repeat(30 * 1024)
    for (const id of ['s2.chainNarrative', 's2.resourceNarrative', 's2.qualityNarrative']) c.enqueue(id, { value: big })
    await c.flush()
    expect(t.calls.map((x) => x.data.ops.length)).toEqual([2, 1])
    expect(c.unsynced).toBe(0)
  })

  it('splits a batch the server finds too large and sends the halves at once', async () => {
    const t = setup((_n, d) => (d.ops.length > 2 ? { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大，请分批提交。' } } : accept(_n, d)))
    const c = t.client()
    for (let i = 0; i < 4; i++) c.enqueue(`s1.item${i}`, { value: String(i) })
    await c.flush()
    expect(t.calls.map((x) => x.data.ops.length)).toEqual([4, 2, 2])
    expect(c.unsynced).toBe(0)
  })

  it('splits a batch that timed out in the cloud function', async () => {
    const t = setup((_n, d) => (d.ops.length > 1 ? { ok: false, error: { code: 'TIMEOUT', message: '服务器处理超时，请稍后重试。' } } : accept(_n, d)))
    const c = t.client()
    c.enqueue('s1.a', { value: '1' })
    c.enqueue('s1.b', { value: '2' })
    await c.flush()
    expect(t.calls.map((x) => x.data.ops.length)).toEqual([2, 1, 1])
  })

  it('refuses one answer the server finds too large alone, with a message, and never sends it again', async () => {
    const t = setup(() => ({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大，请分批提交。' } }))
    const c = t.client()
    c.enqueue('s3.patentList', { value: { entries: [] } })
    await c.flush()
    await c.flush(true)
    expect(t.calls).toHaveLength(1)
    expect(c.unsynced).toBe(0)
    expect(c.snapshot.refused).toEqual([{ itemId: 's3.patentList', code: 'VALUE_TOO_LARGE', message: '这一项内容过大，无法同步，请精简后重新填写。' }])
  })

  it('refuses an answer too large for any call without sending it', async () => {
    const t = setup(accept)
    const c = t.client()
    c.enqueue('s8.plan', { value: 'x'.repeat(100 * 1024) })
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    expect(t.calls.map((x) => x.data.ops.map((o: any) => o.itemId))).toEqual([['s1.area']])
    expect(c.snapshot.refused.map((r) => r.code)).toEqual(['VALUE_TOO_LARGE'])
  })

  it('learns that an opId was used for other content: sends the answer once more under a new opId', async () => {
    const t = setup((_n, d) => ({
      ok: true,
      data: { results: d.ops.map((o: any) => (o.opId === 'op-000001' ? { opId: o.opId, itemId: o.itemId, status: 'refused', code: 'OP_ID_REUSED' } : { opId: o.opId, itemId: o.itemId, status: 'accepted', version: 1, seq: 1 })) }
    }))
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    expect(t.calls.map((x) => x.data.ops[0].opId)).toEqual(['op-000001', 'op-000002'])
    expect(c.unsynced).toBe(0)
    expect(c.snapshot.refused).toEqual([])
  })

  it('keeps an answer refused twice for a reused opId with its message', async () => {
    const t = setup((_n, d) => ({ ok: true, data: { results: d.ops.map((o: any) => ({ opId: o.opId, itemId: o.itemId, status: 'refused', code: 'OP_ID_REUSED' })) } }))
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    expect(t.calls).toHaveLength(2)
    expect(c.snapshot.refused).toEqual([{ itemId: 's1.area', code: 'OP_ID_REUSED', message: '这条修改的编号已被另一条不同的内容使用，未保存；请重新填写这一项。' }])
  })

  it('does not retry on a timer what is not a network failure, but keeps the outbox and tries again when asked', async () => {
    const t = setup(() => ({ ok: false, error: { code: 'NOT_MEMBER', message: '您不是该申报的成员，或已被移出。' } }))
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    t.advance(120000)
    await c.flush()
    expect(t.calls).toHaveLength(1)
    expect(c.snapshot.stalled).toEqual({ code: 'NOT_MEMBER', message: '您不是该申报的成员，或已被移出。' })
    expect(c.unsynced).toBe(1)
    await c.flush(true)
    expect(t.calls).toHaveLength(2)
  })

  it('backs off when the server is busy with some ops and keeps them', async () => {
    const t = setup((_n, d) => ({ ok: true, data: { results: d.ops.map((o: any) => ({ opId: o.opId, itemId: o.itemId, status: 'refused', code: 'BUSY' })) } }))
    const c = t.client()
    c.enqueue('s1.area', { value: '1.00' })
    await c.flush()
    await c.flush()
    expect(t.calls).toHaveLength(1)
    expect(c.unsynced).toBe(1)
    expect(c.snapshot.nextAttemptAt).toBe(2000)
  })
})
