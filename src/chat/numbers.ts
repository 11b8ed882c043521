/**
 * Messy numbers as people type them in a chat: “118.36”, “１１８．３６”, “3,200万”, “12.5亿元”, “12%”,
 * “百分之十二点五”, “三十二”. Returns the figure in the cell's unit, saying when it converted.
 */
import type { Unit } from '../form'
import { toHalfWidth } from '../rules'

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** 三十二 → 32, 一百零五 → 105, 十二点五 → 12.5, 两千三百 → 2300 (up to 9999 plus decimals). */
export function chineseToNumber(text: string): string | undefined {
  if (!/^[零〇一二两三四五六七八九十百千点]+$/.test(text)) return undefined
  const [intPart, fracPart] = text.split('点')
  let total = 0
  let current = 0
  for (const ch of intPart) {
    if (ch in DIGITS) current = DIGITS[ch]
    else if (ch in SMALL_UNITS) {
      total += (current === 0 && ch === '十' ? 1 : current) * SMALL_UNITS[ch]
      current = 0
    } else return undefined
  }
  total += current
  if (fracPart === undefined) return String(total)
  const frac = [...fracPart].map((c) => DIGITS[c])
  if (frac.some((d) => d === undefined)) return undefined
  return `${total}.${frac.join('')}`
}

/** Scale of a written unit relative to 元 (amounts) or 1 (plain numbers). */
const AMOUNT_UNITS: Record<string, number> = { 亿元: 1e8, 亿: 1e8, 万元: 1e4, 万: 1e4, 元: 1 }

export type NumberInput =
  | { ok: true; text: string; converted?: { from: string; to: string } }
  | { ok: false; reason: 'unit' | 'empty' }

/** Multiplies a decimal string by 10^shift exactly (no float), e.g. ("3200", -4) → "0.32". */
function shiftDecimal(value: string, shift: number): string {
  const negative = value.startsWith('-')
  const [int, frac = ''] = value.replace(/^[-+]/, '').split('.')
  let digits = int + frac
  let point = int.length + shift
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits
    point = 1
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length)
  const tail = digits.slice(point).replace(/0+$/, '')
  const out = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}${tail ? '.' + tail : ''}`
  return negative ? `-${out}` : out
}

/**
 * Reads one number for a cell in `unit`. The figure is returned as text for the rule module to parse
 * (which rounds to two places with a visible note); a unit the cell cannot take is refused.
 */
export function readNumber(raw: string, unit: Unit): NumberInput {
  let text = toHalfWidth(raw).replace(/,(?=\d{3}\b)/g, '')
  if (text === '') return { ok: false, reason: 'empty' }
  let percent = false
  const pct = /^百分之(.+)$/.exec(text)
  if (pct) {
    text = pct[1]
    percent = true
  }
  if (text.endsWith('%')) {
    text = text.slice(0, -1)
    percent = true
  }
  const m = /^([-+]?[\d.]+|[零〇一二两三四五六七八九十百千点]+)(亿元|亿|万元|万|元)?(个|家|人|件|项|平方公里)?$/.exec(text)
  if (!m) return { ok: true, text: raw } // let the rule module explain what is wrong
  const number = /^[零〇一二两三四五六七八九十百千点]+$/.test(m[1]) ? chineseToNumber(m[1]) : m[1]
  if (number === undefined) return { ok: true, text: raw }
  const scale = m[2]
  const counted = m[3]
  if (percent && unit !== '%') return { ok: false, reason: 'unit' }
  if (counted && !sameCountUnit(counted, unit)) return { ok: false, reason: 'unit' }
  if (!scale) return { ok: true, text: number }
  const amountCell = unit === '亿元' || unit === '万元'
  if (amountCell && !counted) {
    const from = AMOUNT_UNITS[scale]
    const to = AMOUNT_UNITS[unit]
    if (from === to) return { ok: true, text: number }
    const converted = shiftDecimal(number, Math.round(Math.log10(from / to)))
    return { ok: true, text: converted, converted: { from: `${number}${scale.endsWith('元') ? scale : `${scale}元`}`, to: `${converted}${unit}` } }
  }
  // “1.846万人”, “3万家”: 万/亿 scale a count of people or enterprises too.
  if (COUNT_UNITS.has(unit) && (scale === '万' || scale === '亿')) {
    const converted = shiftDecimal(number, scale === '万' ? 4 : 8)
    return { ok: true, text: converted, converted: { from: `${number}${scale}${counted ?? unit}`, to: `${converted}${unit}` } }
  }
  return { ok: false, reason: 'unit' }
}

const COUNT_UNITS: ReadonlySet<string> = new Set(['个', '家', '人', '件', '项'])

/** 个/家/人/件/项/平方公里 written after a figure: the cell's own unit (个 and 家 are used alike for enterprises). */
const sameCountUnit = (written: string, unit: Unit) => written === unit || (unit === '家' && written === '个') || (unit === '个' && written === '家')

/** Splits “118.36 131.52 146.8” or “118.36，131.52、146.8” into parts. */
export function splitValues(raw: string): string[] {
  return raw
    .replace(/[，、；;\/|]/g, ' ') // before NFKC, which would turn “，” into a comma
    .normalize('NFKC')
    .replace(/(\.\d+),/g, '$1 ') // a comma after a decimal part cannot be a thousands separator
    .replace(/,(?!\d{3}(?!\d))/g, ' ') // nor one not followed by a group of three digits
    .split(/\s+/)
    .filter((t) => t !== '')
}
