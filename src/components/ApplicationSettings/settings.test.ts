import { DEADLINE_FORMAT, readDeadline } from './settings'

describe('the deadline the owner types', () => {
  it('accepts 2024年4月30日 as well as 2024-04-30', () => {
    expect(readDeadline('2024年4月30日')).toEqual({ ok: true, date: '2024-04-30' })
    expect(readDeadline(' 2024-04-30 ')).toEqual({ ok: true, date: '2024-04-30' })
  })

  it('refuses what is not a date, and a day that does not exist, in words', () => {
    expect(readDeadline('四月底')).toEqual({ ok: false, message: DEADLINE_FORMAT })
    expect(readDeadline('2024年2月30日')).toEqual({ ok: false, message: '“2024年2月30日”不是有效日期。截止日期请按 2024-04-30 或 2024年4月30日 填写。' })
  })
})
