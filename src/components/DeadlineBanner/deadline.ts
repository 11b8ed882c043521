/** Days left until a deadline, counted in Asia/Shanghai calendar days (the applicants' clock). Pure. */

/**
 * Shanghai keeps UTC+8 all year (China has had no daylight saving since 1991), so its calendar date is the UTC
 * date eight hours on; no time-zone library is needed (and none is shipped in the weapp main package).
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Today's calendar date in Shanghai, YYYY-MM-DD. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** Midnight UTC of a YYYY-MM-DD date, to count whole calendar days between two dates. */
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)

/** Whole days from today (Shanghai) to the deadline date (YYYY-MM-DD): 0 on the day itself, negative once it has passed. */
export function daysLeft(deadline: string, now: Date): number {
  return dayNumber(deadline) - dayNumber(shanghaiToday(now))
}

export function deadlineText(deadline: string | null, now: Date): string {
  if (!deadline) return '截止日期：未设置（负责人可在“成员分工”中设置）'
  const d = daysLeft(deadline, now)
  const when = d > 0 ? `还剩 ${d} 天` : d === 0 ? '今天截止' : `已超过 ${-d} 天`
  return `截止日期：${deadline}（${when}）`
}
