/**
 * Values within WeChat's limits for subscription message fields (subscribeMessage.send, 参数值内容限制:
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html):
 * `thing` 20 个以内字符; `phrase` 5 个以内纯汉字; `time` 24 小时制时间（支持 + 年月日）, e.g. 2019年10月1日 15:01.
 * A value over its limit is refused with 47003 and the user gets nothing, so every value is made to fit here.
 */

/**
 * User-perceived characters (approximately Unicode grapheme clusters, without Intl.Segmenter, which old
 * engines lack): a surrogate pair, an emoji with its skin tone or variation selector, a ZWJ sequence
 * (👨‍👩‍👧), a flag (two regional indicators), a keycap (1️⃣) and combining marks stay whole.
 */
export function graphemes(text: string): string[] {
  const points = Array.from(text)
  const out: string[] = []
  const extends_ = (cp: number) =>
    (cp >= 0x300 && cp <= 0x36f) || // combining diacritics
    (cp >= 0x20d0 && cp <= 0x20ff) || // combining marks for symbols, incl. the keycap U+20E3
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin tones
    (cp >= 0xe0020 && cp <= 0xe007f) // tag characters (subdivision flags)
  const regional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff
  for (let i = 0; i < points.length; i++) {
    let g = points[i]
    const first = g.codePointAt(0) as number
    if (regional(first) && i + 1 < points.length && regional(points[i + 1].codePointAt(0) as number)) g += points[++i]
    for (;;) {
      const next = points[i + 1]
      if (next === undefined) break
      const cp = next.codePointAt(0) as number
      if (extends_(cp)) {
        g += next
        i++
      } else if (cp === 0x200d && points[i + 2] !== undefined) {
        g += next + points[i + 2]
        i += 2
      } else break
    }
    out.push(g)
  }
  return out
}

/** Control, zero-width-space, LRM/RLM and bidi characters; ZWJ (U+200D) and ZWNJ stay: they join emoji and scripts. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * A `thing` value: at most `max` characters counted in UTF-16 units (stricter than counting code points, in
 * case WeChat counts an emoji as two), cut between whole characters and ended with “…” when cut. Control and
 * direction characters are dropped; an empty value becomes “无” (an empty field is refused).
 */
export function thing(text: string, max = 20): string {
  const clean = text.replace(CONTROL, '').replace(/\s+/g, ' ').trim()
  if (clean === '') return '无'
  if (clean.length <= max) return clean
  let out = ''
  for (const g of graphemes(clean)) {
    if (out.length + g.length + 1 > max) break
    out += g
  }
  return `${out}…`
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 0–99 in Chinese numerals (三, 十, 十二, 二十, 九十九). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseNumber: ${n}`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/** A `phrase` value must be 1–5 Chinese characters and nothing else (纯汉字: no digits, no punctuation). */
export const isPhrase = (text: string) => /^[\u4e00-\u9fff]{1,5}$/.test(text)

/** The status phrase for days left: 今天截止, 明天截止, 剩三天 … 剩九十九天, 已过截止日; 即将截止 beyond 99. */
export function daysLeftPhrase(days: number): string {
  if (days < 0) return '已过截止'
  if (days === 0) return '今天截止'
  if (days === 1) return '明天截止'
  return days <= 99 ? `剩${chineseNumber(days)}天` : '即将截止'
}

/**
 * A deadline date (YYYY-MM-DD) as a `time` value. The deadline is a whole Shanghai day, so the moment is its
 * last minute: 2024年4月30日 23:59 (the documented example writes 2019年10月1日 15:01, without leading zeros).
 */
export function deadlineTime(deadline: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline)
  if (!m) throw new RangeError(`deadlineTime: ${deadline}`)
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日 23:59`
}

export const isTime = (text: string) => /^\d{4}年\d{1,2}月\d{1,2}日 ([01]?\d|2[0-3]):[0-5]\d$/.test(text)
