/** Days left until a deadline, counted in Asia/Shanghai calendar days (the applicants' clock). Pure. */
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

const ZONE = 'Asia/Shanghai'

/** The last answer of shanghaiToday: dayjs' tz() is slow (Intl), and the reminder scan asks for the same instant per member. */
let lastToday: { ms: number; day: string } | null = null

/** Today's calendar date in Shanghai. Shanghai has no daylight saving (UTC+8 all year), the fallback where Intl lacks zones. */
export function shanghaiToday(now: Date): string {
  const ms = now.getTime()
  if (lastToday !== null && lastToday.ms === ms) return lastToday.day
  let day: string
  try {
    day = dayjs(now).tz(ZONE).format('YYYY-MM-DD')
  } catch {
    day = dayjs(now).utcOffset(480).format('YYYY-MM-DD')
  }
  lastToday = { ms, day }
  return day
}

/** Whole days from today (Shanghai) to the deadline date: 0 on the day itself, negative once it has passed. */
export function daysLeft(deadline: string, now: Date): number {
  return dayjs.utc(deadline).diff(dayjs.utc(shanghaiToday(now)), 'day')
}

export function deadlineText(deadline: string | null, now: Date): string {
  if (!deadline) return '截止日期：未设置（负责人可在“成员分工”中设置）'
  const d = daysLeft(deadline, now)
  const when = d > 0 ? `还剩 ${d} 天` : d === 0 ? '今天截止' : `已超过 ${-d} 天`
  return `截止日期：${deadline}（${when}）`
}
