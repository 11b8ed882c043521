import type { CloudResult } from '../errors'
import { createDeviceStore, type KeyValue } from './deviceStore'
import { conflictText, SyncSession } from './session'
import { SyncClient } from './syncClient'

/**
 * A session over the real device store and sync client, with an in-memory device that can be made full
 * (wx.setStorageSync throws when storage is full) and a cloud whose reply to each patch is chosen per test.
 */
function setup() {
  const data = new Map<string, string>()
  const device = { full: false }
  const kv: KeyValue = {
    get: (k) => data.get(k) ?? null,
    set: (k, v) => {
      if (device.full) throw new Error('setStorageSync:fail exceed storage max size 10MB')
      data.set(k, v)
    }
  }
  let id = 0
  const cloud = { reply: 'accept' as 'accept' | 'refuse' | 'conflict' | 'offline', patches: 0 }
  const call = async (name: 'patchAnswers' | 'pullAnswers', d: any): Promise<CloudResult<any>> => {
    if (cloud.reply === 'offline') throw new Error('offline')
    if (name === 'pullAnswers') return { ok: true, data: { fields: [], conflicts: [], seq: 0, more: false } }
    cloud.patches++
    const results = d.ops.map((o: any) =>
      cloud.reply === 'refuse'
        ? { opId: o.opId, itemId: o.itemId, status: 'refused', code: 'VALUE_REFUSED', messages: ['数值超出范围'] }
        : cloud.reply === 'conflict'
          ? { opId: o.opId, itemId: o.itemId, status: 'conflict', version: 2, otherValue: '9', otherName: '李工' }
          : { opId: o.opId, itemId: o.itemId, status: 'accepted', version: o.baseVersion + 1 }
    )
    return { ok: true, data: { results } }
  }
  const make = () => {
    const sync = new SyncClient({ kv, call, now: () => 0, newOpId: () => `op-${++id}` }, 'app1')
    return new SyncSession({ store: createDeviceStore(kv, 'app1'), sync, kv, labelOf: (itemId) => ({ 's1.area': '占地面积', 's2.leadingCagr': '主导产业产值年均增速' })[itemId] ?? itemId, isList: () => false }, 'app1')
  }
  return { device, cloud, data, make }
}

const answer = (itemId: string, value: string) => [{ itemId, answer: { value } }]

describe('sync session notices', () => {
  it('shows a refusal from a background flush once, even after a later foreground sync', async () => {
    const t = setup()
    const s = t.make()
    t.cloud.reply = 'refuse'
    s.record(answer('s1.area', '999999'))
    await s.flush() // the background retry: nobody reads notices here
    t.cloud.reply = 'accept'
    s.record(answer('s2.leadingCagr', '12.46'))
    await s.syncNow() // the old page counted notices from here on and lost the refusal
    expect(s.takeNotices()).toEqual([{ itemId: 's1.area', text: '云端未保存“占地面积”：数值超出范围' }])
    expect(s.takeNotices()).toEqual([])
  })

  it('shows refusals and conflicts from the same sync, each once, whatever their order', async () => {
    const t = setup()
    const s = t.make()
    t.cloud.reply = 'conflict'
    s.record(answer('s2.leadingCagr', '12.46'))
    await s.flush()
    t.cloud.reply = 'refuse'
    s.record(answer('s1.area', '999999'))
    await s.flush()
    expect(s.takeNotices().map((n) => n.text)).toEqual(['云端未保存“占地面积”：数值超出范围', '“主导产业产值年均增速”：李工同时修改了这一项，已按您的填写保存；李工的填写“9”已被替换，请与李工核对。'])
    expect(s.takeNotices()).toEqual([])
  })

  it('does not show a notice again after the app restarts', async () => {
    const t = setup()
    const first = t.make()
    t.cloud.reply = 'refuse'
    first.record(answer('s1.area', '999999'))
    await first.flush()
    expect(first.takeNotices()).toHaveLength(1)
    expect(t.make().takeNotices()).toEqual([])
  })

  it('tells subscribers after every flush, so background results reach the page', async () => {
    const t = setup()
    const s = t.make()
    const seen: number[] = []
    s.subscribe(() => seen.push(s.unsynced))
    s.record(answer('s1.area', '23.60'))
    await s.flush()
    expect(seen).toEqual([0])
  })
})

describe('sync session when the phone’s storage is full', () => {
  it('keeps the answer, shows the storage message, sends it, and clears the message once storage is free', async () => {
    const t = setup()
    const s = t.make()
    t.cloud.reply = 'offline'
    t.device.full = true
    expect(() => s.record(answer('s1.area', '23.60'))).not.toThrow()
    expect(s.answers['s1.area']).toEqual({ value: '23.60' })
    expect(s.storageError).toBe('手机存储空间不足，刚才的回答还没有存入手机（已暂时保留，请不要退出）。请清理手机或微信的存储空间，清理后会自动重新保存。')
    expect(s.unsynced).toBe(1)
    await s.flush(true)
    expect(s.storageError).not.toBeNull()
    t.device.full = false
    expect(await s.retryStorage()).toBe(true)
    expect(s.storageError).toBeNull()
    // After a restart the answer and its outbox entry are both on the device.
    const again = t.make()
    expect(again.answers['s1.area']).toEqual({ value: '23.60' })
    expect(again.unsynced).toBe(1)
    t.cloud.reply = 'accept'
    await again.flush(true)
    expect(again.unsynced).toBe(0)
    expect(t.cloud.patches).toBe(1)
  })
})

describe('photos removed by others', () => {
  it('tells the member once when a pull takes photos off an answer on this device (ticks, the answer itself)', async () => {
    const data = new Map<string, string>()
    const kv: KeyValue = { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
    const store = createDeviceStore(kv, 'app1')
    const h = (c: string) => c.repeat(64)
    store.apply([
      { itemId: 's5.greenChecklist', answer: { value: { ticked: ['a', 'b'], evidence: { a: [h('1')], b: [h('2'), h('3')] } } } },
      { itemId: 's5.carbonMonitoring', answer: { value: 's5.carbonMonitoring.1', evidence: [h('4')] } }
    ])
    const pulls = [
      {
        's5.greenChecklist': { value: { ticked: ['a', 'b'], evidence: { a: [h('1')], b: [h('3')] } } },
        's5.carbonMonitoring': { value: 's5.carbonMonitoring.1' }
      }
    ]
    const sync = {
      enqueueAll: () => [],
      flush: async () => undefined,
      pull: async () => ({ answers: pulls.shift() ?? {}, conflicts: [], by: {} }),
      restartPull: () => undefined,
      unsynced: 0,
      snapshot: { outbox: [], versions: {}, seq: 0, refused: [], conflicts: [], failures: 0, nextAttemptAt: 0 }
    }
    const labels: Record<string, string> = { 's5.greenChecklist': '绿色制造', 's5.carbonMonitoring': '碳排放监测' }
    const s = new SyncSession({ store, sync, kv, labelOf: (id) => labels[id] ?? id, isList: () => false }, 'app1')
    await s.syncNow()
    expect(s.takeNotices()).toEqual([
      { itemId: 's5.greenChecklist', text: '“绿色制造”有 1 张佐证照片已被删除（由其他成员或平台内容检查）；如仍需要，请到“佐证材料”重新拍照。' },
      { itemId: 's5.carbonMonitoring', text: '“碳排放监测”有 1 张佐证照片已被删除（由其他成员或平台内容检查）；如仍需要，请到“佐证材料”重新拍照。' }
    ])
    await s.syncNow()
    expect(s.takeNotices()).toEqual([])
  })
})

describe('the conflict notice', () => {
  it('says who changed the item at the same time, whose value stands and which value was replaced', () => {
    expect(conflictText('占地面积', { otherName: '李工', won: true, lostValue: '23.60' })).toBe('“占地面积”：李工同时修改了这一项，已按您的填写保存；李工的填写“23.60”已被替换，请与李工核对。')
    expect(conflictText('有效发明专利清单', { otherName: '王主任', won: false, lostValue: { at: 4, entry: { id: 'e4', fields: { name: '一种齿轮箱润滑装置' } } } })).toBe(
      '“有效发明专利清单”：王主任同时修改了这一项，已按王主任的填写保存；您的填写“一种齿轮箱润滑装置”已被替换，请核对。'
    )
    expect(conflictText('集群发展规划', { otherName: null, won: false, lostValue: { parts: {} } })).toBe('“集群发展规划”：其他成员同时修改了这一项，已按其他成员的填写保存；您的填写已被替换，请核对。')
    expect(conflictText('占地面积')).toBe('“占地面积”同时被其他成员修改：已保存最新的填写，请核对。')
  })
})
