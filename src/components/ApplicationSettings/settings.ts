/** Reading the deadline the owner types (pure): the same date forms the chat accepts. */
import { normalizeDate } from '../../rules'

export type DeadlineInput = { ok: true; date: string } | { ok: false; message: string }

/** An example date a month from today (YYYY-MM-DD, Shanghai), in both forms: an example is never a date already past. */
export function deadlineExample(today: string): { iso: string; written: string } {
  const [y, m, d] = today.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d + 30))
  const iso = next.toISOString().slice(0, 10)
  return { iso, written: `${next.getUTCFullYear()}年${next.getUTCMonth() + 1}月${next.getUTCDate()}日` }
}

export const deadlineFormat = (today: string) => {
  const e = deadlineExample(today)
  return `截止日期请按 ${e.iso} 或 ${e.written} 填写。`
}

export const deadlinePlaceholder = (today: string) => {
  const e = deadlineExample(today)
  return `截止日期，如：${e.iso} 或 ${e.written}`
}

/** `today` is the Shanghai calendar day (YYYY-MM-DD): a deadline before it is a typo, not a plan. */
export function readDeadline(raw: string, today: string): DeadlineInput {
  const date = normalizeDate(raw.trim())
  if (date === undefined) return { ok: false, message: deadlineFormat(today) }
  const [y, m, d] = date.split('-').map(Number)
  const real = new Date(Date.UTC(y, m - 1, d))
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) return { ok: false, message: `“${raw.trim()}”不是有效日期。${deadlineFormat(today)}` }
  if (date < today) return { ok: false, message: `截止日期 ${date} 已经过去，请填写今天（${today}）或以后的日期。` }
  return { ok: true, date }
}
