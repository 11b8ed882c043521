import { startChat, type ChatState } from '../chat'
import { compactChat, expandChat } from './chatLists'
import { createDeviceStore, utf8Bytes, type KeyValue } from './deviceStore'

const entry = (i: number) => ({ id: `e${i}`, fields: { name: `一种集群示例装置及方法${i}`, type: '发明专利', number: `ZL2020101${String(i).padStart(5, '0')}.X`, holder: '山东示例科技有限公司' } })
const stored = Array.from({ length: 3000 }, (_, i) => entry(i))
const answers = { 's3.patentList': { value: { entries: stored } } }

function askingList(entries = stored): ChatState {
  return { ...startChat(['s3'], {}), cursor: 's3.patentList', pending: { kind: 'list', entries, current: { name: '一种新装置' }, field: 1, askMore: false } }
}

describe('a list question in the saved chat', () => {
  it('leaves out the entries the answers hold, keeps the ones not written yet, and reads back the whole list', () => {
    const state = askingList([...stored, entry(5000)])
    const saved = compactChat(state, answers)
    expect(saved.pending).toEqual({ kind: 'list', entries: [entry(5000)], current: { name: '一种新装置' }, field: 1, askMore: false, fromAnswers: true })
    expect(expandChat(saved, answers)).toEqual(state)
  })

  it('keeps an entry changed in the chat over the stored one, and takes entries a colleague added since from the answers', () => {
    const changed = { ...entry(1), fields: { ...entry(1).fields, holder: '改过的权利人' } }
    const state = askingList([entry(0), changed, entry(2)])
    const saved = compactChat(state, { 's3.patentList': { value: { entries: [entry(0), entry(1), entry(2)] } } })
    const later = { 's3.patentList': { value: { entries: [entry(0), entry(1), entry(2), entry(3)] } } }
    expect(expandChat(saved, later).pending).toEqual({ kind: 'list', entries: [entry(0), changed, entry(2), entry(3)], current: { name: '一种新装置' }, field: 1, askMore: false })
  })

  it('saves a list being filled again from the start as it is (it does not hold the stored entries)', () => {
    const state = askingList([entry(9000)])
    expect(compactChat(state, answers)).toEqual(state)
  })

  it('lets the device keep the chat of a 3,000-entry list far under WeChat’s 1 MB per key', () => {
    const data = new Map<string, string>()
    const kv: KeyValue = { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
    const store = createDeviceStore(kv, 'app1')
    store.apply([{ itemId: 's3.patentList', answer: answers['s3.patentList'] }])
    expect(store.saveChat(askingList())).toBe(true)
    expect(utf8Bytes(data.get('cluster-declare.app1.chat.v1') ?? '')).toBeLessThan(4 * 1024)
    expect((createDeviceStore(kv, 'app1').chat()?.pending as { entries: unknown[] }).entries).toHaveLength(3000)
  })
})
