/** Reading the deadline the owner types (pure): the same date forms the chat accepts. */
import { normalizeDate } from '../../rules'

export type DeadlineInput = { ok: true; date: string } | { ok: false; message: string }

export const DEADLINE_FORMAT = '截止日期请按 2024-04-30 或 2024年4月30日 填写。'

/** `today` is the Shanghai calendar day (YYYY-MM-DD): a deadline before it is a typo, not a plan. */
export function readDeadline(raw: string, today: string): DeadlineInput {
  const date = normalizeDate(raw.trim())
  if (date === undefined) return { ok: false, message: DEADLINE_FORMAT }
  const [y, m, d] = date.split('-').map(Number)
  const real = new Date(Date.UTC(y, m - 1, d))
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) return { ok: false, message: `“${raw.trim()}”不是有效日期。${DEADLINE_FORMAT}` }
  if (date < today) return { ok: false, message: `截止日期 ${date} 已经过去，请填写今天（${today}）或以后的日期。` }
  return { ok: true, date }
}
