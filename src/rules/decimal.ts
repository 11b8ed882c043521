/**
 * Numbers as the form wants them: 填报说明 “数据有小数时，保留小数点后2位”. Values are kept as canonical
 * decimal strings ("118.36", counts "12") so that no binary float ever changes a figure; rounding is
 * half-up on the digits themselves and always reported, never silent.
 */
import type { NumberKind } from '../form'

export type NumberParse =
  | { ok: true; value: string; rounded?: { from: string; to: string } }
  | { ok: false; code: 'NUMBER_INVALID' | 'NUMBER_NEGATIVE' | 'COUNT_NOT_INTEGER' | 'NUMBER_TOO_LARGE' }

/** Longer raw input is not a number anyone typed; refusing it early keeps hostile input cheap. */
const MAX_RAW = 40
const MAX_INTEGER_DIGITS = 12
const CANONICAL_DECIMAL = /^(?:-(?!0\.00$))?(?:0|[1-9]\d{0,11})\.\d\d$/
const CANONICAL_COUNT = /^(?:0|[1-9]\d{0,11})$/
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/
const PLAIN = /^[+-]?(\d+)(?:\.(\d*))?$|^[+-]?\.(\d+)$/

/** Full-width digits, signs and ％ become ASCII (NFKC), spaces go; “１２％” → “12%”. */
export function toHalfWidth(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u200b]+/g, '').replace(/[−–—]/g, '-')
}

function stripZeros(int: string): string {
  const t = int.replace(/^0+(?=\d)/, '')
  return t === '' ? '0' : t
}

/** Adds one to a string of decimal digits (for rounding up). */
function increment(digits: string): string {
  const a = digits.split('')
  let i = a.length - 1
  while (i >= 0) {
    if (a[i] === '9') {
      a[i] = '0'
      i--
    } else {
      a[i] = String(Number(a[i]) + 1)
      return a.join('')
    }
  }
  return '1' + a.join('')
}

/** Half-up to two places on the digit string: 12.345 → 12.35, 1.005 → 1.01 (a float would give 1.00). */
export function roundHalfUp2(int: string, frac: string): { int: string; frac: string } {
  if (frac.length <= 2) return { int, frac: frac.padEnd(2, '0') }
  const kept = int + frac.slice(0, 2)
  const up = frac.charCodeAt(2) >= 53 // '5'
  const n = up ? increment(kept) : kept
  return { int: stripZeros(n.slice(0, n.length - 2)), frac: n.slice(-2) }
}

/**
 * Parses what a person typed (or a number a client sent) into the canonical string for the number kind.
 * Accepts full-width digits, thousands separators in proper groups, and a trailing % for shares and rates.
 */
export function parseNumber(raw: unknown, kind: NumberKind): NumberParse {
  // Fast path for values already stored in canonical form (every stored answer): no normalisation needed.
  if (typeof raw === 'string') {
    if (kind === 'count' ? CANONICAL_COUNT.test(raw) : CANONICAL_DECIMAL.test(raw) && (kind === 'rate' || raw[0] !== '-')) {
      return { ok: true, value: raw }
    }
  }
  let text: string
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, code: 'NUMBER_INVALID' }
    text = String(raw)
    if (/e/i.test(text)) return { ok: false, code: Math.abs(raw) >= 1 ? 'NUMBER_TOO_LARGE' : 'NUMBER_INVALID' }
  } else if (typeof raw === 'string') {
    if (raw.length > MAX_RAW) return { ok: false, code: 'NUMBER_INVALID' }
    text = toHalfWidth(raw)
  } else {
    return { ok: false, code: 'NUMBER_INVALID' }
  }
  if ((kind === 'share' || kind === 'rate') && text.endsWith('%')) text = text.slice(0, -1)
  if (GROUPED.test(text)) text = text.replace(/,/g, '')
  const m = PLAIN.exec(text)
  if (!m) return { ok: false, code: 'NUMBER_INVALID' }
  const negative = text.startsWith('-')
  const int = stripZeros(m[1] ?? '0')
  const frac = m[2] ?? m[3] ?? ''
  if (int.length > MAX_INTEGER_DIGITS) return { ok: false, code: 'NUMBER_TOO_LARGE' }
  const isZero = /^0*$/.test(int + frac)
  if (negative && !isZero && kind !== 'rate') return { ok: false, code: 'NUMBER_NEGATIVE' }
  const sign = negative && !isZero ? '-' : '' // “-0” is zero

  if (kind === 'count') {
    if (/[1-9]/.test(frac)) return { ok: false, code: 'COUNT_NOT_INTEGER' }
    return { ok: true, value: int }
  }
  const r = roundHalfUp2(int, frac)
  const roundedZero = /^0*$/.test(r.int + r.frac)
  const value = `${roundedZero ? '' : sign}${r.int}.${r.frac}`
  if (frac.length > 2) {
    const from = `${sign}${int}.${frac}`
    return { ok: true, value, rounded: { from, to: value } }
  }
  return { ok: true, value }
}

/** A canonical value as a JS number, for derived figures only (never stored). */
export function toNumber(canonical: string | undefined): number | undefined {
  if (canonical === undefined || canonical === '') return undefined
  const n = Number(canonical)
  return Number.isFinite(n) ? n : undefined
}

/** Formats a derived figure the way the form prints numbers: two decimals, half-up. */
export function format2(n: number): string {
  const sign = n < 0 ? '-' : ''
  const abs = Math.abs(n)
  // toFixed(6) first removes binary noise (0.125 stored as 0.12499999…) before half-up to 2 places.
  const [int, frac = ''] = abs.toFixed(6).split('.')
  const r = roundHalfUp2(int, frac)
  const zero = /^0*$/.test(r.int + r.frac)
  return `${zero ? '' : sign}${r.int}.${r.frac}`
}
