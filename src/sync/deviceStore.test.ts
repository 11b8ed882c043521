import { startChat } from '../chat'
import { CHAT_BUDGET_BYTES, createDeviceStore, KEPT_TURNS, LIST_CHUNK, utf8Bytes, type KeyValue } from './deviceStore'

function memory(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
}

describe('device store', () => {
  it('persists an accepted answer before returning, so a new store (an app restart) sees it', () => {
    const kv = memory()
    createDeviceStore(kv, 'app1').apply([{ itemId: 's1.area', answer: { value: '23.60' } }])
    expect(createDeviceStore(kv, 'app1').answers()).toEqual({ 's1.area': { value: '23.60' } })
  })

  it('keeps text typed and not sent for a new store (a reload), and forgets it when cleared', () => {
    const kv = memory()
    expect(createDeviceStore(kv, 'app1').saveTyping({ itemId: 's1.clusterName', text: '滕州市中小数控' })).toBe(true)
    expect(createDeviceStore(kv, 'app1').typing()).toEqual({ itemId: 's1.clusterName', text: '滕州市中小数控' })
    expect(createDeviceStore(kv, 'app2').typing()).toBeNull()
    createDeviceStore(kv, 'app1').saveTyping(null)
    expect(createDeviceStore(kv, 'app1').typing()).toBeNull()
  })

  it('keeps the latest of several writes to one item', () => {
    const kv = memory()
    const store = createDeviceStore(kv, 'app1')
    store.apply([{ itemId: 's1.area', answer: { value: '1.00' } }])
    store.apply([{ itemId: 's1.area', answer: { value: '2.00', explanation: '更正' } }])
    expect(createDeviceStore(kv, 'app1').answers()['s1.area']).toEqual({ value: '2.00', explanation: '更正' })
  })

  it('starts empty when storage holds something unreadable', () => {
    const kv = memory()
    kv.set('cluster-declare.app1.answers.v1', '{broken')
    expect(createDeviceStore(kv, 'app1').answers()).toEqual({})
  })

  it('keeps each application’s answers apart', () => {
    const kv = memory()
    createDeviceStore(kv, 'a').apply([{ itemId: 's1.area', answer: { value: '1.00' } }])
    expect(createDeviceStore(kv, 'b').answers()).toEqual({})
  })

  it('keeps a 5,000-entry list in keys of 500 entries, each far under WeChat’s 1 MB per key, and reads it back whole', () => {
    const kv = memory()
    const writes: string[] = []
    const limited: KeyValue = {
      get: kv.get,
      set: (k, v) => {
        if (utf8Bytes(v) > 1024 * 1024) throw new Error('setStorageSync:fail data exceeds 1MB')
        writes.push(k)
        kv.set(k, v)
      }
    }
    const entries = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, fields: { name: `一种集群示例装置及方法${i}`, type: '发明专利', number: `ZL2020101${String(i).padStart(5, '0')}.X`, holder: '山东示例科技有限公司' }, evidence: ['a'.repeat(64)] }))
    const store = createDeviceStore(limited, 'app1')
    store.apply([{ itemId: 's3.patentList', answer: { value: { entries } } }])
    expect(store.unsaved).toBe(0)
    expect(LIST_CHUNK).toBe(500)
    expect(writes.filter((k) => k.includes('s3.patentList'))).toHaveLength(10)
    expect(Math.max(...[...kv.data.values()].map(utf8Bytes))).toBeLessThan(256 * 1024)
    expect(createDeviceStore(limited, 'app1').answers()['s3.patentList']).toEqual({ value: { entries } })
    // Another answer in the same section does not write the list again.
    writes.length = 0
    store.apply([{ itemId: 's3.inventionPatents', answer: { value: '5000' } }])
    expect(writes).toEqual(['cluster-declare.app1.answers.s3.v2'])
    // A shorter list is read back at its new length.
    store.apply([{ itemId: 's3.patentList', answer: { value: { entries: entries.slice(0, 700) } } }])
    expect((createDeviceStore(limited, 'app1').answers()['s3.patentList'].value as { entries: unknown[] }).entries).toHaveLength(700)
  })

  it('keeps only the most recent chat turns on the device', () => {
    const kv = memory()
    const store = createDeviceStore(kv, 'app1')
    const state = startChat(['s2'], {})
    const many = { ...state, turns: Array.from({ length: KEPT_TURNS + 50 }, (_, i) => ({ id: i, from: 'user' as const, text: `t${i}` })) }
    store.saveChat(many)
    expect(store.chat()?.turns.length).toBe(KEPT_TURNS)
    expect(store.chat()?.turns[0]).toMatchObject({ text: 't50' })
  })
})

/** A device whose storage refuses writes while `full` is true, as wx.setStorageSync throws when it is full. */
function fillable() {
  const kv = memory()
  const device = { full: false, kv: { get: kv.get, set: (k: string, v: string) => {
    if (device.full) throw new Error('setStorageSync:fail exceed storage max size 10MB')
    kv.set(k, v)
  } } as KeyValue, data: kv.data }
  return device
}

describe('device store within WeChat’s storage limits', () => {
  it('keeps answers in one key per section, so a send rewrites one small key', () => {
    const kv = memory()
    createDeviceStore(kv, 'app1').apply([
      { itemId: 's1.area', answer: { value: '23.60' } },
      { itemId: 's2.leadingCagr', answer: { value: '12.46' } }
    ])
    expect([...kv.data.keys()].sort()).toEqual(['cluster-declare.app1.answers.s1.v2', 'cluster-declare.app1.answers.s2.v2'])
    expect(JSON.parse(kv.data.get('cluster-declare.app1.answers.s1.v2') as string)).toEqual({ 's1.area': { value: '23.60' } })
  })

  it('moves answers from the old single key into section keys once', () => {
    const kv = memory()
    kv.set('cluster-declare.app1.answers.v1', JSON.stringify({ 's1.area': { value: '1.00' }, 's3.rdIntensity': { value: { '2021': '3.20' } } }))
    expect(createDeviceStore(kv, 'app1').answers()).toEqual({ 's1.area': { value: '1.00' }, 's3.rdIntensity': { value: { '2021': '3.20' } } })
    expect(kv.data.get('cluster-declare.app1.answers.v1')).toBe('')
    expect(createDeviceStore(kv, 'app1').answers()['s3.rdIntensity']).toEqual({ value: { '2021': '3.20' } })
  })

  it('does not throw when storage is full, keeps the answer in memory and writes it once storage is free', () => {
    const device = fillable()
    const store = createDeviceStore(device.kv, 'app1')
    device.full = true
    expect(store.apply([{ itemId: 's1.area', answer: { value: '23.60' } }])).toEqual({ 's1.area': { value: '23.60' } })
    expect(store.unsaved).toBe(1)
    expect(store.answers()['s1.area']).toEqual({ value: '23.60' })
    expect(store.retry()).toBe(false)
    device.full = false
    expect(store.retry()).toBe(true)
    expect(store.unsaved).toBe(0)
    expect(createDeviceStore(device.kv, 'app1').answers()).toEqual({ 's1.area': { value: '23.60' } })
  })

  it('writes a refused section again with the next answer', () => {
    const device = fillable()
    const store = createDeviceStore(device.kv, 'app1')
    device.full = true
    store.apply([{ itemId: 's1.area', answer: { value: '23.60' } }])
    device.full = false
    store.apply([{ itemId: 's2.leadingCagr', answer: { value: '12.46' } }])
    expect(store.unsaved).toBe(0)
    expect(Object.keys(createDeviceStore(device.kv, 'app1').answers()).sort()).toEqual(['s1.area', 's2.leadingCagr'])
  })

  it('reports a refused chat history instead of throwing', () => {
    const device = fillable()
    device.full = true
    expect(createDeviceStore(device.kv, 'app1').saveChat(startChat(['s2'], {}))).toBe(false)
  })

  it('never lets the chat history key pass its byte budget over 2000 turns with 3000-character texts', () => {
    const kv = memory()
    const store = createDeviceStore(kv, 'app1')
    let state = startChat(['s8'], {})
    const plan = '规划'.repeat(1500) // 3000 Chinese characters, 9000 bytes in UTF-8
    let largest = 0
    for (let i = 0; i < 2000; i++) {
      const turn = i % 2 === 0 ? { id: state.nextTurnId, from: 'user' as const, text: `${i}${plan}` } : { id: state.nextTurnId, from: 'bot' as const, kind: 'feedback' as const, tone: 'info' as const, text: `第${i}条` }
      state = { ...state, turns: [...state.turns, turn], nextTurnId: state.nextTurnId + 1 }
      store.saveChat(state)
      largest = Math.max(largest, utf8Bytes(kv.data.get('cluster-declare.app1.chat.v1') as string))
    }
    expect(largest).toBeLessThanOrEqual(CHAT_BUDGET_BYTES)
    const kept = store.chat()?.turns ?? []
    expect(kept[kept.length - 1]).toMatchObject({ text: '第1999条' })
    expect(kept.length).toBeGreaterThan(20)
  })

  it('counts UTF-8 bytes as WeChat stores them', () => {
    expect(utf8Bytes('a')).toBe(1)
    expect(utf8Bytes('é')).toBe(2)
    expect(utf8Bytes('规')).toBe(3)
    expect(utf8Bytes('😀')).toBe(4)
  })
})
