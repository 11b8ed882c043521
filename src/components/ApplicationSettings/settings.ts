/** Reading the deadline the owner types (pure): the same date forms the chat accepts. */
import { parseDate } from '../../chat'

export type DeadlineInput = { ok: true; date: string } | { ok: false; message: string }

export const DEADLINE_FORMAT = '截止日期请按 2024-04-30 或 2024年4月30日 填写。'

export function readDeadline(raw: string): DeadlineInput {
  const date = parseDate(raw.trim())
  if (date === undefined) return { ok: false, message: DEADLINE_FORMAT }
  const [y, m, d] = date.split('-').map(Number)
  const real = new Date(Date.UTC(y, m - 1, d))
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) return { ok: false, message: `“${raw.trim()}”不是有效日期。${DEADLINE_FORMAT}` }
  return { ok: true, date }
}
