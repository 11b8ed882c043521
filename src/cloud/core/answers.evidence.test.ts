import { applicationWith } from '../../../test/helpers/storeAnswers'
import { runFunction } from './index'

const h = (c: string) => c.repeat(64)
const op = (opId: string, evidence?: unknown) => ({ opId, itemId: 's5.carbonMonitoring', value: 's5.carbonMonitoring.1', ...(evidence === undefined ? {} : { evidence }), baseVersion: 0 })

describe('an answer carries its photos from the patch op to the stored field and back in a pull', () => {
  test('the photos beside an answer are stored with it and pulled by a colleague', async () => {
    const { owner, appId } = await applicationWith({})
    const r = await runFunction('patchAnswers', { appId, ops: [op('op-ev-000001', [h('a'), h('b')])] }, owner)
    expect(r.ok && (r.data as { results: { status: string }[] }).results[0].status).toBe('accepted')
    const pulled = await runFunction('pullAnswers', { appId, since: 0 }, owner)
    const field = pulled.ok ? (pulled.data as { fields: { itemId: string; value: unknown; evidence?: string[] }[] }).fields[0] : null
    expect(field).toMatchObject({ itemId: 's5.carbonMonitoring', value: 's5.carbonMonitoring.1', evidence: [h('a'), h('b')] })
  })

  test('an opId sent again with other photos is refused as reused, and the first photos stay', async () => {
    const { owner, appId } = await applicationWith({})
    await runFunction('patchAnswers', { appId, ops: [op('op-ev-000002', [h('a')])] }, owner)
    const again = await runFunction('patchAnswers', { appId, ops: [op('op-ev-000002', [h('c')])] }, owner)
    expect(again.ok && (again.data as { results: { code?: string }[] }).results[0].code).toBe('OP_ID_REUSED')
    const pulled = await runFunction('pullAnswers', { appId, since: 0 }, owner)
    expect(pulled.ok && (pulled.data as { fields: { evidence?: string[] }[] }).fields[0].evidence).toEqual([h('a')])
  })

  test('an op without photos is stored without an evidence key, and photos that are not strings or too many are refused', async () => {
    const { owner, appId } = await applicationWith({})
    await runFunction('patchAnswers', { appId, ops: [op('op-ev-000003', [])] }, owner)
    const pulled = await runFunction('pullAnswers', { appId, since: 0 }, owner)
    expect(pulled.ok && 'evidence' in (pulled.data as { fields: object[] }).fields[0]).toBe(false)
    for (const bad of [[1], [''], Array.from({ length: 51 }, (_, i) => String(i))]) {
      const r = await runFunction('patchAnswers', { appId, ops: [op('op-ev-000004', bad)] }, owner)
      expect(r.ok ? null : r.error.code).toBe('INVALID_EVENT')
    }
  })
})
