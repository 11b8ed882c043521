/**
 * Number formats of the documents behind the lists (shared/policy.md §4), as pure functions:
 * Chinese patent numbers (with their check digit), PCT application numbers and standard numbers by family.
 * Sources (summarised in policy.md §4): 国家知识产权局 standard ZC 0006—2003 《专利申请号标准》 (year + type +
 * 7-digit serial + check digit), 《行业标准管理办法》 (two-letter industry codes), 《团体标准管理规定》 (T/ + body).
 * Only the 2003 format is read: an invention patent filed before it (term 20 years) had lapsed by 2023.
 */

/** 1 = invention, 8 = invention entering China via PCT; 2/9 = utility model; 3 = design. */
export type PatentKind = 'invention' | 'utility' | 'design'

export type PatentParse =
  | { ok: true; canonical: string; key: string; year: number; typeDigit: string; kind: PatentKind }
  | { ok: false; reason: 'pct' | 'format' | 'type' }
  | { ok: false; reason: 'checkDigit'; expected: string; canonical: string }

const PATENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
const PCT = /^PCT\/CN(\d{4})\/(\d{6})$/

/** Full-width to half-width, no spaces, upper case: “ｚｌ 2021 1021 5728.6” → “ZL202110215728.6”. */
const PLAIN_CODE = /^[0-9A-Z./]*$/

export function compactCode(raw: string): string {
  // Most numbers arrive already compact (every patent of a long list): skip the Unicode normalisation.
  if (PLAIN_CODE.test(raw)) return raw
  return raw.normalize('NFKC').replace(/[\s\u3000]/g, '').replace(/[．。]/g, '.').toUpperCase()
}

/** The check digit of a 12-digit application number: weights 2–9,2–5, sum mod 11, 10 written X. */
export function patentCheckDigit(twelveDigits: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += (twelveDigits.charCodeAt(i) - 48) * PATENT_WEIGHTS[i]
  const r = sum % 11
  return r === 10 ? 'X' : String(r)
}

export function patentKind(typeDigit: string): PatentKind | undefined {
  switch (typeDigit) {
    case '1':
    case '8':
      return 'invention'
    case '2':
    case '9':
      return 'utility'
    case '3':
      return 'design'
    default:
      return undefined
  }
}

export function isPctNumber(raw: string): boolean {
  return PCT.test(compactCode(raw))
}

/** A Chinese patent application or grant number (ZL optional). `key` identifies it for duplicate checks. */
export function parsePatentNumber(raw: string): PatentParse {
  const text = compactCode(raw)
  if (text.startsWith('PCT') && PCT.test(text)) return { ok: false, reason: 'pct' }
  // Read by hand, not by regex: a list holds hundreds of patents and this runs for each on every check.
  const from = text.startsWith('ZL') ? 2 : 0
  const dot = text.length - from === 14 ? 1 : 0
  if (text.length - from !== 13 + dot || (dot === 1 && text.charCodeAt(from + 12) !== 46)) return { ok: false, reason: 'format' }
  let sum = 0
  for (let i = 0; i < 12; i++) {
    const d = text.charCodeAt(from + i) - 48
    if (d < 0 || d > 9) return { ok: false, reason: 'format' }
    sum += d * PATENT_WEIGHTS[i]
  }
  const check = text[text.length - 1]
  if (check !== 'X' && (check < '0' || check > '9')) return { ok: false, reason: 'format' }
  const typeDigit = text[from + 4]
  const kind = patentKind(typeDigit)
  if (!kind) return { ok: false, reason: 'type' }
  const key = text.slice(from, from + 12)
  const r = sum % 11
  const expected = r === 10 ? 'X' : String(r)
  const canonical = `ZL${key}.${check}`
  if (expected !== check) return { ok: false, reason: 'checkDigit', expected, canonical }
  return { ok: true, canonical, key, year: Number(key.slice(0, 4)), typeDigit, kind }
}

/** The printed table's four columns, plus 地方 (DB37/T …), which the table has no column for. */
export type StandardFamily = '国际' | '国家' | '行业' | '团体' | '地方'

export type StandardParse =
  | { ok: true; family: StandardFamily; canonical: string; year: number }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'noYear'; family: StandardFamily }

const INTERNATIONAL = /^(?:ISO\/IEC|ISO\/TS|ISO\/TR|ISO\/PAS|IEC\/TS|IEC\/TR|ISO|IEC)$/
/** Prefix, then the number (dotted or with part numbers: 1.1, 60335-1). */
const STANDARD = /^([A-Z]{2,}(?:\/[A-Z]{1,3})?|DB\d{2}(?:\/[TZ])?|T\/[A-Z0-9]{2,12})\s*(\d+(?:\.\d+)*(?:-\d+)*)$/
/** The year at the end after -, —, – (or ISO's colon). */
const YEAR_TAIL = /^(.*\d)\s*[-—–－:：]\s*((?:19|20)\d{2})$/

function familyOf(prefix: string): StandardFamily | undefined {
  if (INTERNATIONAL.test(prefix)) return '国际'
  if (prefix === 'GB' || prefix === 'GB/T' || prefix === 'GB/Z') return '国家'
  if (/^DB\d{2}(?:\/[TZ])?$/.test(prefix)) return '地方'
  if (/^T\/[A-Z0-9]{2,12}$/.test(prefix)) return '团体'
  // Two-letter industry codes (JB, HG, QB, NY, …), optionally /T or /Z; GB and DB are taken above.
  if (/^[A-Z]{2}(?:\/[TZ])?$/.test(prefix)) return '行业'
  return undefined
}

/** A standard number: prefix by family, number, and the year after -, — or –. */
export function parseStandardNumber(raw: string): StandardParse {
  const text = raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase()
  const tail = YEAR_TAIL.exec(text)
  const body = tail ? tail[1].trim() : text
  const m = STANDARD.exec(body)
  if (!m) return { ok: false, reason: 'format' }
  const family = familyOf(m[1])
  if (!family) return { ok: false, reason: 'format' }
  if (!tail) return { ok: false, reason: 'noYear', family }
  return { ok: true, family, canonical: `${m[1]} ${m[2]}—${tail[2]}`, year: Number(tail[2]) }
}
