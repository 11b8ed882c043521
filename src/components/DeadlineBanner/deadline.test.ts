import { daysLeft, deadlineText, shanghaiToday } from './deadline'

describe('days left until the deadline, in Shanghai days', () => {
  it('counts a new day from midnight in Shanghai, not UTC', () => {
    // 2024-04-29 16:30 UTC is 2024-04-30 00:30 in Shanghai.
    expect(shanghaiToday(new Date('2024-04-29T16:30:00Z'))).toBe('2024-04-30')
    expect(daysLeft('2024-04-30', new Date('2024-04-29T15:59:00Z'))).toBe(1)
    expect(daysLeft('2024-04-30', new Date('2024-04-29T16:00:00Z'))).toBe(0)
  })

  it('says how many days are left, that today is the day, or how long ago it passed', () => {
    expect(deadlineText('2024-04-30', new Date('2024-04-20T02:00:00Z'))).toBe('截止日期：2024-04-30（还剩 10 天）')
    expect(deadlineText('2024-04-30', new Date('2024-04-30T02:00:00Z'))).toBe('截止日期：2024-04-30（今天截止）')
    expect(deadlineText('2024-04-30', new Date('2024-05-02T02:00:00Z'))).toBe('截止日期：2024-04-30（已超过 2 天）')
    expect(deadlineText(null, new Date('2024-05-02T02:00:00Z'))).toBe('截止日期：未设置（负责人可在“成员分工”中设置）')
  })

  it('counts across month, year and leap-day boundaries in whole calendar days', () => {
    expect(daysLeft('2024-03-01', new Date('2024-02-28T04:00:00Z'))).toBe(2)
    expect(daysLeft('2025-01-01', new Date('2024-12-31T15:59:59Z'))).toBe(1)
    expect(daysLeft('2025-01-01', new Date('2024-12-31T16:00:00Z'))).toBe(0)
    expect(daysLeft('2026-12-31', new Date('2026-01-01T00:00:00Z'))).toBe(364)
    expect(shanghaiToday(new Date('2024-02-29T15:59:59.999Z'))).toBe('2024-02-29')
    expect(shanghaiToday(new Date('2024-02-29T16:00:00Z'))).toBe('2024-03-01')
  })
})
