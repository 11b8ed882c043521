import { dueDeadlines, isReminderDay, reminderDay } from './schedule'

const DAYS = [7, 3, 1, 0]
/** 10:00 in Shanghai on the given day. */
const at = (day: string) => new Date(`${day}T02:00:00Z`)

describe('the reminder schedule around a deadline (7, 3, 1 days before and on the day)', () => {
  it('reminds 7, 3 and 1 days before and on the day, and on no other day', () => {
    const days = ['2024-04-21', '2024-04-22', '2024-04-23', '2024-04-24', '2024-04-26', '2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01']
    expect(days.filter((d) => isReminderDay('2024-04-30', at(d), DAYS))).toEqual(['2024-04-23', '2024-04-27', '2024-04-29', '2024-04-30'])
  })

  it('never reminds an application without a deadline', () => {
    expect(isReminderDay(null, at('2024-04-30'), DAYS)).toBe(false)
  })

  it('starts a new day at midnight in Shanghai, not at midnight UTC', () => {
    // 2024-04-26 15:59 UTC is 23:59 on the 26th in Shanghai (4 days left); a minute later it is the 27th (3 left).
    expect(isReminderDay('2024-04-30', new Date('2024-04-26T15:59:00Z'), DAYS)).toBe(false)
    expect(isReminderDay('2024-04-30', new Date('2024-04-26T16:00:00Z'), DAYS)).toBe(true)
    expect(reminderDay(new Date('2024-04-26T16:00:00Z'))).toBe('2024-04-27')
    // The deadline day itself still counts until 24:00 Shanghai (16:00 UTC).
    expect(isReminderDay('2024-04-30', new Date('2024-04-30T15:59:00Z'), DAYS)).toBe(true)
    expect(isReminderDay('2024-04-30', new Date('2024-04-30T16:00:00Z'), DAYS)).toBe(false)
  })

  it('lists the deadlines due today, across a month end, for the store query', () => {
    expect(dueDeadlines(new Date('2024-04-26T16:30:00Z'), DAYS)).toEqual(['2024-04-27', '2024-04-28', '2024-04-30', '2024-05-04'])
    expect(dueDeadlines(new Date('2024-12-31T02:00:00Z'), [0, 1, 1])).toEqual(['2024-12-31', '2025-01-01'])
  })
})
