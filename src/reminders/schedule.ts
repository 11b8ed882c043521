/** Which days a reminder goes out: policy.daysBefore, counted in Asia/Shanghai calendar days. Pure. */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { daysLeft, shanghaiToday } from '../components/DeadlineBanner/deadline'

dayjs.extend(utc)

/** Today's date in Shanghai: the key of “at most one reminder per member per day”. */
export const reminderDay = (now: Date) => shanghaiToday(now)

/** The deadlines that are due a reminder today: today + each of daysBefore (YYYY-MM-DD, ascending). */
export function dueDeadlines(now: Date, daysBefore: readonly number[]): string[] {
  const today = dayjs.utc(shanghaiToday(now))
  return [...new Set(daysBefore)].sort((a, b) => a - b).map((d) => today.add(d, 'day').format('YYYY-MM-DD'))
}

/** Whether an application with this deadline is reminded today. */
export function isReminderDay(deadline: string | null, now: Date, daysBefore: readonly number[]): boolean {
  return deadline !== null && daysBefore.includes(daysLeft(deadline, now))
}
