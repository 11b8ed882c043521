import { assembleAnswers, foldPulled, itemOfKey, listWrites, parsePartKey, partKey } from './listParts'

const e = (id: string, name: string, evidence?: string[]) => ({ id, fields: { name }, ...(evidence ? { evidence } : {}) })
const list = (...entries: ReturnType<typeof e>[]) => ({ value: { entries } })

describe('list part keys', () => {
  it('name one entry of a list, and read back the list and the entry', () => {
    expect(partKey('s3.patentList', 'e1')).toBe('s3.patentList@e1')
    expect(parsePartKey('s3.patentList@e1')).toEqual({ itemId: 's3.patentList', entryId: 'e1' })
    expect(parsePartKey('s3.patentList')).toBeNull()
    expect(parsePartKey('@e1')).toBeNull()
    expect(parsePartKey('s3.patentList@')).toBeNull()
    expect(itemOfKey('s3.patentList@e1')).toBe('s3.patentList')
    expect(itemOfKey('s1.area')).toBe('s1.area')
  })
})

describe('the writes of a list answer', () => {
  it('send only the entry that changed, a removed entry as null, and no head when only entries changed', () => {
    const before = list(e('e1', '甲'), e('e2', '乙'), e('e3', '丙'))
    const after = list(e('e1', '甲'), e('e2', '乙（改）'), e('e4', '丁'))
    expect(listWrites('s3.patentList', before, after, false)).toEqual([
      { itemId: 's3.patentList@e2', answer: { value: e('e2', '乙（改）') } },
      { itemId: 's3.patentList@e4', answer: { value: e('e4', '丁') } },
      { itemId: 's3.patentList@e3', answer: { value: null } }
    ])
  })

  it('send a photo added to one entry as that entry alone', () => {
    const before = list(e('e1', '甲'), e('e2', '乙'))
    const after = list(e('e1', '甲'), e('e2', '乙', ['a'.repeat(64)]))
    expect(listWrites('s3.patentList', before, after, false)).toEqual([{ itemId: 's3.patentList@e2', answer: { value: e('e2', '乙', ['a'.repeat(64)]) } }])
  })

  it('send the head without entries when “无” or the explanation changed', () => {
    const before = list(e('e1', '甲'))
    const after = { value: { none: false, entries: [e('e1', '甲')] }, explanation: '清单与数量差异系统计口径不同' }
    expect(listWrites('s3.patentList', before, after, false)).toEqual([
      { itemId: 's3.patentList', answer: { value: { none: false, entries: [] }, explanation: '清单与数量差异系统计口径不同' } }
    ])
  })

  it('send every entry and the head the first time this device writes the list', () => {
    const answer = list(e('e1', '甲'), e('e2', '乙'))
    expect(listWrites('s3.patentList', answer, answer, true).map((w) => w.itemId)).toEqual(['s3.patentList@e1', 's3.patentList@e2', 's3.patentList'])
  })
})

describe('assembling stored lists', () => {
  it('orders parts by the change number they were first stored at, after a head’s own entries, with removed parts left out', () => {
    const stored = {
      's1.area': { value: '12' },
      's3.patentList': { value: { entries: [e('e0', '旧'), e('e9', '旧二')] }, explanation: '说明' },
      's3.patentList@e2': { value: { at: 7, entry: e('e2', '乙') } },
      's3.patentList@e1': { value: { at: 5, entry: e('e1', '甲') } },
      's3.patentList@e9': { value: null },
      's3.patentList@e0': { value: { at: 9, entry: e('e0', '旧（改）') } }
    }
    expect(assembleAnswers(stored)).toEqual({
      's1.area': { value: '12' },
      's3.patentList': { value: { entries: [e('e0', '旧（改）'), e('e1', '甲'), e('e2', '乙')] }, explanation: '说明' }
    })
  })

  it('give a list with parts and no head a value of its own', () => {
    expect(assembleAnswers({ 's3.patentList@e1': { value: { at: 1, entry: e('e1', '甲') } } })).toEqual({ 's3.patentList': { value: { entries: [e('e1', '甲')] } } })
  })
})

describe('folding pulled parts onto the device', () => {
  it('replaces an entry in place, appends a new one, removes a null one, and keeps the device’s entries under a pulled head', () => {
    const device = { 's3.patentList': list(e('e1', '甲'), e('e2', '乙'), e('e3', '丙')) }
    const pulled = {
      's3.patentList': { value: { none: false, entries: [] }, explanation: '说明' },
      's3.patentList@e2': { value: { at: 4, entry: e('e2', '乙（改）') } },
      's3.patentList@e3': { value: null },
      's3.patentList@e4': { value: { at: 9, entry: e('e4', '丁') } }
    }
    const order = { 's3.patentList': { e1: 2, e2: 4, e3: 6 } }
    expect(foldPulled(device, pulled, order)).toEqual({
      answers: { 's3.patentList': { value: { none: false, entries: [e('e1', '甲'), e('e2', '乙（改）'), e('e4', '丁')] }, explanation: '说明' } },
      order: { 's3.patentList': { e1: 2, e2: 4, e4: 9 } }
    })
  })

  it('takes a pulled head that still holds its entries as the whole list, and leaves other items alone', () => {
    const device = { 's3.patentList': list(e('e1', '甲')), 's1.area': { value: '1' } }
    expect(foldPulled(device, { 's3.patentList': list(e('e5', '戊')), 's1.area': { value: '2' } }).answers).toEqual({ 's3.patentList': list(e('e5', '戊')), 's1.area': { value: '2' } })
  })

  it('ignores the removal of an entry the device never had', () => {
    expect(foldPulled({}, { 's3.patentList@e1': { value: null } }).answers).toEqual({})
  })

  it('orders a list as the cloud does, whatever order the parts arrive in, keeping entries not stored yet last', () => {
    // A phone that edited entry 1 pulls it last (its change is the newest); a new phone gets every part.
    const pulled = {
      's3.patentList': { value: { entries: [] } },
      's3.patentList@e2': { value: { at: 5, entry: e('e2', '乙') } },
      's3.patentList@e3': { value: { at: 6, entry: e('e3', '丙') } },
      's3.patentList@e1': { value: { at: 4, entry: e('e1', '甲（改）') } }
    }
    const fresh = foldPulled({}, pulled)
    expect((fresh.answers['s3.patentList'].value as { entries: { id: string }[] }).entries.map((x) => x.id)).toEqual(['e1', 'e2', 'e3'])
    expect(fresh.order).toEqual({ 's3.patentList': { e1: 4, e2: 5, e3: 6 } })
    // Later: e1 changes again (its place stays), e9 was typed on this phone and not stored yet.
    const device = { 's3.patentList': list(e('e1', '甲（改）'), e('e2', '乙'), e('e3', '丙'), e('e9', '新')) }
    const next = foldPulled(device, { 's3.patentList@e1': { value: { at: 4, entry: e('e1', '甲（再改）') } } }, fresh.order)
    expect((next.answers['s3.patentList'].value as { entries: { id: string }[] }).entries.map((x) => x.id)).toEqual(['e1', 'e2', 'e3', 'e9'])
  })
})
