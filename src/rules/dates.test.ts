import { findItem } from '../form'
import { NATIONAL_2022 } from './config'
import { normalizeDate } from './dates'
import { normalizeValue } from './normalize'
import { valueFindings } from './valueRules'

const ctx = { config: NATIONAL_2022, now: new Date('2024-04-01T02:00:00Z') }
const declareDate = findItem('cover.declareDate')!

describe('one date normaliser for the chat and the rules', () => {
  it.each([
    ['2024年3月15日', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['2024.3.15', '2024-03-15'],
    ['2024/3/15', '2024-03-15'],
    ['２０２４年３月１５日', '2024-03-15'],
    [' 2024 年 3 月 5 日 ', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['3/15/2024', undefined],
    ['2024年3月', undefined],
    ['昨天', undefined]
  ])('reads %p as %p', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected)
  })

  it.each(['2024年3月15日', '2024.3.15', '2024/3/15', '2024-03-15'])('stores %p as 2024-03-15 and the check accepts it', (raw) => {
    const n = normalizeValue(declareDate, raw)
    expect(n).toMatchObject({ ok: true, value: '2024-03-15' })
    expect(valueFindings(declareDate, { value: raw }, ctx)).toEqual([])
  })

  it('still refuses a day that does not exist, with the formats it promises', () => {
    const n = normalizeValue(declareDate, '2024年2月30日')
    expect(n).toMatchObject({ ok: true, value: '2024-02-30' })
    expect(valueFindings(declareDate, { value: '2024-02-30' }, ctx).map((f) => f.message)).toEqual([
      '“申报时间”不是有效日期，请按 2024-03-15 或 2024年3月15日 填写。'
    ])
  })

  it('stores list dates and years canonically', () => {
    const n = normalizeValue(findItem('s3.patentList')!, {
      entries: [{ id: 'p1', fields: { name: '甲', type: '发明专利', number: 'ZL202110215728.6', holder: '乙公司', grantDate: '2023年5月6日' } }]
    })
    expect(n.ok && (n.value as { entries: { fields: Record<string, string> }[] }).entries[0].fields.grantDate).toBe('2023-05-06')
    const b = normalizeValue(findItem('s6.branchList')!, { entries: [{ id: 'b1', fields: { enterprise: '甲', name: '乙', country: '泰国', year: '2019年' } }] })
    expect(b.ok && (b.value as { entries: { fields: Record<string, string> }[] }).entries[0].fields.year).toBe('2019')
  })
})
