import { startChat } from '../chat'
import { createDeviceStore, KEPT_TURNS, type KeyValue } from './deviceStore'

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
