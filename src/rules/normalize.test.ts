import { findItem } from '../form'
import { NATIONAL_2022 } from './config'
import { normalizeValue } from './normalize'
import { valueFindings } from './valueRules'

const norm = (id: string, raw: unknown) => normalizeValue(findItem(id)!, raw)

describe('normalizeValue', () => {
  it('stores a year row with exactly two decimals and says what it rounded', () => {
    const r = norm('s2.totalOutput', { '2021': '118.3', '2022': '１３１．５２', '2023': '146.805' })
    expect(r.ok && r.value).toEqual({ '2021': '118.30', '2022': '131.52', '2023': '146.81' })
    expect(r.ok && r.notes.map((n) => [n.code, n.path, n.message])).toEqual([['DECIMAL_ROUNDED', '2023', '已按填报说明保留两位小数：146.805 → 146.81。']])
  })

  it('keeps a blank year cell blank for a later answer', () => {
    expect(norm('s2.totalOutput', { '2021': '1', '2022': '' })).toMatchObject({ ok: true, value: { '2021': '1.00', '2022': '' } })
  })

  it('stores counts as whole numbers', () => {
    expect(norm('s3.pctApplications', '０２３')).toMatchObject({ ok: true, value: '23' })
  })

  it.each([
    ['s3.pctApplications', 'NaN', 'NUMBER_INVALID'],
    ['s1.area', 'Infinity', 'NUMBER_INVALID'],
    ['s1.area', '9999999999999', 'NUMBER_TOO_LARGE'],
    ['s3.pctApplications', '2.5', 'COUNT_NOT_INTEGER']
  ])('refuses %s ← %p with %s and stores nothing', (id, raw, code) => {
    const r = norm(id, raw)
    expect(r.ok ? null : r.findings.map((f) => f.code)).toEqual([code])
  })

  it('keeps a negative amount for 保存 to refuse with its reason (暂存 stores what parses)', () => {
    const r = norm('s1.area', '-3')
    expect(r).toMatchObject({ ok: true, value: '-3.00' })
    expect(valueFindings(findItem('s1.area')!, { value: '-3.00' }, { config: NATIONAL_2022, now: new Date() }).map((f) => f.code)).toEqual(['NUMBER_NEGATIVE'])
  })

  it('normalises phones and cities', () => {
    expect(norm('s1.operatorPhone', '+86 138 0536 1234')).toMatchObject({ ok: true, value: '13805361234' })
    expect(norm('cover.region', { city: '潍坊', county: ' 坊子区 ' })).toMatchObject({ ok: true, value: { city: '潍坊市', county: '坊子区' } })
  })

  it('normalises counts inside the standards matrix, the platform tiers and count groups', () => {
    expect(norm('s3.standards', { '2021': { 国家: { host: '１', participate: '0' } } })).toMatchObject({ ok: true, value: { '2021': { 国家: { host: '1' } } } })
    expect(norm('s3.platforms', { national: { count: '２', entries: [] } })).toMatchObject({ ok: true, value: { national: { count: '2' } } })
    expect(norm('s5.greenSystem', { factories: '６' })).toMatchObject({ ok: true, value: { factories: '6' } })
  })

  it('refuses a value of the wrong shape', () => {
    expect(norm('s2.chainWork', 'all of them')).toMatchObject({ ok: false, findings: [{ code: 'VALUE_SHAPE' }] })
    expect(norm('s2.totalOutput', [1, 2, 3])).toMatchObject({ ok: false, findings: [{ code: 'VALUE_SHAPE' }] })
  })

  it('stores HTML in a narrative as the plain text it is', () => {
    expect(norm('s2.chainNarrative', '<img src=x onerror=alert(1)>')).toMatchObject({ ok: true, value: '<img src=x onerror=alert(1)>' })
  })
})
