import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import { findItem } from '../form'
import { check, normalizeValue, valueShape, type Answers } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const value = (id: string) => JSON.parse(JSON.stringify(COMPLETE_APPLICATION[id]!.value))
const findingsFor = (id: string, v: unknown) =>
  check({ ...COMPLETE_APPLICATION, [id]: { ...COMPLETE_APPLICATION[id], value: v } } as Answers, { level: 'save', section: id.split('.')[0] as 's3', now: NOW })
    .filter((f) => f.itemIds[0] === id)
    .map((f) => [f.code, f.message])

describe('strict shapes: a key the form does not print is a malformed answer', () => {
  it('refuses an unprinted platform tier', () => {
    const v = { ...value('s3.platforms'), international: { count: '1', entries: [{ name: '国际联合实验室' }] } }
    expect(findingsFor('s3.platforms', v)).toEqual([['VALUE_SHAPE', '“创新平台建设情况”的数据格式不正确，请重新填写。']])
  })

  it('refuses an unprinted green-count key', () => {
    const v = { ...value('s5.greenSystem'), greenMines: '2' }
    expect(findingsFor('s5.greenSystem', v)).toEqual([['VALUE_SHAPE', '“集群绿色制造体系建设水平”的数据格式不正确，请重新填写。']])
  })

  it('refuses a 5000-character unprinted plan part that the 3000-character count would not see', () => {
    const v = value('s8.plan')
    v.parts.appendix = '字'.repeat(5000)
    expect(findingsFor('s8.plan', v)).toEqual([['VALUE_SHAPE', '“未来三年特色产业集群发展规划”的数据格式不正确，请重新填写。']])
  })

  it('refuses a list entry with a column the list does not print', () => {
    const v = value('s6.branchList')
    v.entries[0].fields.revenue = '1亿元'
    expect(findingsFor('s6.branchList', v).map(([code]) => code)).toEqual(['VALUE_SHAPE'])
  })

  it('refuses evidence filed under a checklist option that does not exist', () => {
    const v = value('s2.chainWork')
    v.evidence['s2.chainWork.99'] = ['ev_x']
    expect(findingsFor('s2.chainWork', v).map(([code]) => code)).toEqual(['VALUE_SHAPE'])
  })

  it.each([
    ['s5.greenSystem', '{"factories":"6","parks":"0","supplyChains":"2","products":"9","__proto__":{"x":"1"}}'],
    ['s3.platforms', '{"__proto__":{"count":"1","entries":[]}}'],
    ['s2.totalOutput', '{"2021":"1","__proto__":"2"}'],
    ['s6.branchList', '{"entries":[{"id":"b1","fields":{"__proto__":"x","enterprise":"甲","name":"乙","country":"泰国","year":"2019"}}]}']
  ])('refuses a __proto__ key in %s when it is received, and when it is checked', (id, json) => {
    const raw = JSON.parse(json)
    const n = normalizeValue(findItem(id)!, raw)
    expect(n.ok ? 'stored' : n.findings.map((f) => f.code)).toEqual(['VALUE_SHAPE'])
    expect(findingsFor(id, raw).map(([code]) => code)).toContain('VALUE_SHAPE')
  })

  it('still accepts every value of the complete application', () => {
    for (const [id, answer] of Object.entries(COMPLETE_APPLICATION)) {
      const n = normalizeValue(findItem(id)!, answer!.value)
      expect([id, n.ok]).toEqual([id, true])
    }
  })
})

describe('strict shapes: a required part missing or of the wrong type is a malformed answer', () => {
  const shape = (id: string, v: unknown) => valueShape(findItem(id)!)(v)

  it('accepts the complete application’s values as they are stored', () => {
    for (const id of ['cover.region', 's2.totalOutput', 's3.standards', 's3.platforms', 's3.standardsList', 's5.greenSystem', 's8.plan']) {
      expect([id, shape(id, value(id))]).toEqual([id, true])
    }
  })

  it('refuses a region without its county, a platform entry without a name, a plan without its indicator table', () => {
    expect(shape('cover.region', { city: '潍坊市' })).toBe(false)
    expect(shape('s3.platforms', { national: { count: '1', entries: [{ evidence: [] }] } })).toBe(false)
    expect(shape('s8.plan', { parts: value('s8.plan').parts })).toBe(false)
  })

  it('refuses a number where text is stored, an array where an object is stored, and null', () => {
    expect(shape('s2.totalOutput', { '2021': 118.36 })).toBe(false)
    expect(shape('s2.totalOutput', ['118.36'])).toBe(false)
    expect(shape('s3.standards', null)).toBe(false)
  })

  it('accepts an optional part left undefined, as a value built in code may carry it', () => {
    expect(shape('s2.totalOutput', { '2021': '118.36', '2022': undefined })).toBe(true)
  })
})
