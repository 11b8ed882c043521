/**
 * The one date normaliser for the chat and the rules: the formats the messages promise (2024年3月15日,
 * 2024-03-15, 2024.3.15, 2024/3/15, full-width digits) become YYYY-MM-DD. Whether the day exists is the
 * value rule's business (DATE_INVALID), so “2024-02-30” normalises and is then refused with a reason.
 */
const DATE = /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*[日号]?$/
const CANONICAL = /^\d{4}-\d{2}-\d{2}$/

export function normalizeDate(raw: string): string | undefined {
  if (raw.length === 10 && CANONICAL.test(raw)) return raw
  const m = DATE.exec(raw.normalize('NFKC').trim())
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether YYYY-MM-DD names a day that exists. */
export function isValidDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 7)
  const day = digitsAt(text, 8, 10)
  if (year < 0 || month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return day <= (month === 2 && leap ? 29 : DAYS[month - 1])
}

/** Digits read one by one: this runs for every dated list entry, so no regex match objects. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), where the applicants are. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
