import { deadlinePlaceholder, readDeadline } from './settings'

const TODAY = '2024-03-01'

describe('the deadline the owner types', () => {
  it('accepts 2024年4月30日 as well as 2024-04-30', () => {
    expect(readDeadline('2024年4月30日', TODAY)).toEqual({ ok: true, date: '2024-04-30' })
    expect(readDeadline(' 2024-04-30 ', TODAY)).toEqual({ ok: true, date: '2024-04-30' })
  })

  it('refuses what is not a date, and a day that does not exist, in words', () => {
    expect(readDeadline('四月底', TODAY)).toEqual({ ok: false, message: '截止日期请按 2024-03-31 或 2024年3月31日 填写。' })
    expect(readDeadline('2024年2月30日', TODAY)).toEqual({ ok: false, message: '“2024年2月30日”不是有效日期。截止日期请按 2024-03-31 或 2024年3月31日 填写。' })
  })

  it('refuses a day already past, naming today, and accepts today', () => {
    expect(readDeadline('2024年2月29日', TODAY)).toEqual({ ok: false, message: '截止日期 2024-02-29 已经过去，请填写今天（2024-03-01）或以后的日期。' })
    expect(readDeadline('2024-03-01', TODAY)).toEqual({ ok: true, date: '2024-03-01' })
  })

  it('gives as its example a date a month from today, never one already past', () => {
    expect(deadlinePlaceholder('2026-11-30')).toBe('截止日期，如：2026-12-30 或 2026年12月30日')
    expect(deadlinePlaceholder('2026-12-15')).toBe('截止日期，如：2027-01-14 或 2027年1月14日')
    expect(readDeadline('2026-12-30', '2026-11-30')).toEqual({ ok: true, date: '2026-12-30' })
  })
})
