import { findItem, type Item } from '../form'
import { allClaims, carryPhotos, claimsOf, entryDetail, withPhoto, withoutPhoto } from './claims'
import { check } from './check'

const item = (id: string) => findItem(id) as Item
const h = (n: number) => String(n).repeat(64).slice(0, 64)

describe('claims that need proof', () => {
  test('each ticked option is a claim; a photo added to one tick stays on that tick and is removed from it alone', () => {
    const chain = item('s2.chainWork')
    const answer = { value: { ticked: ['s2.chainWork.1', 's2.chainWork.3'] } }
    const [first, second] = claimsOf(chain, answer)
    expect(first).toEqual({ itemId: 's2.chainWork', target: 's2.chainWork.1', key: 's2.chainWork.1', what: '绘制产业链图谱，开展产业链培育', refs: [] })
    const proven = withPhoto(chain, withPhoto(chain, answer, first, h(1)), first, h(1))
    expect(proven.value).toEqual({ ticked: ['s2.chainWork.1', 's2.chainWork.3'], evidence: { 's2.chainWork.1': [h(1)] } })
    expect(claimsOf(chain, proven).map((c) => c.refs)).toEqual([[h(1)], []])
    expect(claimsOf(chain, withoutPhoto(chain, proven, claimsOf(chain, proven)[0], h(1))).map((c) => c.refs)).toEqual([[], []])
    expect(second.what).toBe('联合集群上下游企业，组建创新联合体，开展产业链联合攻关')
  })

  test('each list entry and each platform is a claim of its own', () => {
    const patents = item('s3.patentList')
    const list = { value: { entries: [{ id: 'e1', fields: {} }, { id: 'e2', fields: {} }] } }
    const claims = claimsOf(patents, list)
    expect(claims.map((c) => [c.target, c.what])).toEqual([
      ['entries.0', `${patents.label}第1条`],
      ['entries.1', `${patents.label}第2条`]
    ])
    const proven = withPhoto(patents, list, claims[1], h(2))
    expect((proven.value as { entries: { evidence?: string[] }[] }).entries.map((e) => e.evidence)).toEqual([undefined, [h(2)]])

    const platforms = item('s3.platforms')
    const tier = (platforms as Extract<Item, { kind: 'platforms' }>).tiers[0]
    const value = { value: { [tier.id]: { count: '1', entries: [{ name: '潍坊市动力装备创新中心' }] } } }
    const [platform] = claimsOf(platforms, value)
    expect(platform).toEqual({ itemId: 's3.platforms', target: `${tier.id}.entries.0`, key: `${tier.id}:潍坊市动力装备创新中心`, what: `${tier.label}：潍坊市动力装备创新中心`, refs: [] })
    expect(claimsOf(platforms, withPhoto(platforms, value, platform, h(3)))[0].refs).toEqual([h(3)])
  })

  test('a 如涉及 answer of 是 is a claim on the answer itself; 否 claims nothing', () => {
    const carbon = item('s5.carbonMonitoring')
    expect(claimsOf(carbon, { value: 's5.carbonMonitoring.2' })).toEqual([])
    const [c] = claimsOf(carbon, { value: 's5.carbonMonitoring.1' })
    expect(c).toEqual({ itemId: 's5.carbonMonitoring', target: '', key: '', what: carbon.label, refs: [] })
    expect(withPhoto(carbon, { value: 's5.carbonMonitoring.1' }, c, h(4))).toEqual({ value: 's5.carbonMonitoring.1', evidence: [h(4)] })
  })

  test('a count itemised by its list carries no claim itself, and an unanswered item none', () => {
    expect(claimsOf(item('s3.inventionPatents'), { value: '412' })).toEqual([])
    expect(claimsOf(item('s2.chainWork'), undefined)).toEqual([])
    expect(allClaims({ 's3.inventionPatents': { value: '412' } })).toEqual([])
  })

  test('the evidence rule reports exactly the claims without photos', () => {
    const answers = { 's2.chainWork': { value: { ticked: ['s2.chainWork.1', 's2.chainWork.2'], evidence: { 's2.chainWork.1': [h(1)] } } } }
    const missing = check(answers, { level: 'submit', now: new Date('2024-04-01T00:00:00Z') }).filter((f) => f.code === 'EVIDENCE_MISSING')
    expect(missing.map((f) => f.path)).toEqual(['s2.chainWork.2'])
  })
})

describe('re-answering keeps the photos already taken', () => {
  test('ticks keep their photos; an un-ticked option keeps its photo filed (no claim) and gets it back when ticked again', () => {
    const chain = item('s2.chainWork')
    const before = { value: { ticked: ['s2.chainWork.1', 's2.chainWork.2'], evidence: { 's2.chainWork.1': [h(1)], 's2.chainWork.2': [h(2)] } } }
    const after = carryPhotos(chain, before, { value: { ticked: ['s2.chainWork.1', 's2.chainWork.5'] } })
    expect(after.value).toEqual({ ticked: ['s2.chainWork.1', 's2.chainWork.5'], evidence: { 's2.chainWork.1': [h(1)], 's2.chainWork.2': [h(2)] } })
    expect(claimsOf(chain, after).map((c) => [c.target, c.refs])).toEqual([
      ['s2.chainWork.1', [h(1)]],
      ['s2.chainWork.5', []]
    ])
    const again = carryPhotos(chain, after, { value: { ticked: ['s2.chainWork.2'] } })
    expect(claimsOf(chain, again).map((c) => [c.target, c.refs])).toEqual([['s2.chainWork.2', [h(2)]]])
  })

  test('a list entry keeps its photo by its id even when the entries before it were removed', () => {
    const list = item('s6.branchList')
    const before = { value: { entries: [{ id: 'b1', fields: {} }, { id: 'b2', fields: {}, evidence: [h(3)] }] } }
    const after = carryPhotos(list, before, { value: { entries: [{ id: 'b2', fields: {} }] } })
    expect(after.value).toEqual({ entries: [{ id: 'b2', fields: {}, evidence: [h(3)] }] })
  })

  test('a 是 answered again keeps the photo beside it', () => {
    const carbon = item('s5.carbonMonitoring')
    expect(carryPhotos(carbon, { value: 's5.carbonMonitoring.1', evidence: [h(4)] }, { value: 's5.carbonMonitoring.1' })).toEqual({ value: 's5.carbonMonitoring.1', evidence: [h(4)] })
  })
})

test('a list entry is named by its first two printed columns; other claims have no detail', () => {
  const patents = item('s3.patentList')
  const answer = { value: { entries: [{ id: 'p1', fields: { name: '一种齿轮箱润滑装置', type: '发明专利' } }] } }
  expect(entryDetail(patents, answer, claimsOf(patents, answer)[0])).toBe('一种齿轮箱润滑装置 发明专利')
  expect(entryDetail(item('s2.chainWork'), { value: { ticked: ['s2.chainWork.1'] } }, { target: 's2.chainWork.1' })).toBe('')
})
