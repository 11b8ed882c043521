/**
 * Text measured the way a person counts it (“200字以内”): one per Chinese character, letter, digit,
 * punctuation mark or emoji — not UTF-16 units. Intl.Segmenter is not available in every WeChat JS engine,
 * so graphemes are approximated by code points joined by ZWJ, variation selectors, skin-tone modifiers,
 * combining marks, keycaps, tag characters and regional-indicator pairs.
 */

const JOINERS = /[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u
const ZWJ = 0x200d
const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff

/** Anything that can join or pair with a neighbour: without these, one UTF-16 unit is one character. */
const MAY_JOIN = /[\u0300-\u036f\u1ab0-\u1aff\u200d\u20d0-\u20ff\ufe00-\ufe0f\ud800-\udfff]/

export function countChars(text: string): number {
  if (!MAY_JOIN.test(text)) return text.length
  let count = 0
  let joinNext = false
  let regionalOpen = false
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number
    if (cp === ZWJ) {
      joinNext = true
      continue
    }
    if (joinNext || JOINERS.test(ch)) {
      joinNext = false
      continue
    }
    if (isRegional(cp)) {
      if (regionalOpen) {
        regionalOpen = false
        continue
      }
      regionalOpen = true
    } else {
      regionalOpen = false
    }
    count++
  }
  return count
}

/** C0/C1 control characters other than tab and line breaks, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

export function hasControlChars(text: string, allowLineBreaks: boolean): boolean {
  return (allowLineBreaks ? CONTROL : CONTROL_OR_BREAK).test(text)
}

/** Whitespace only (including full-width spaces) is blank. */
const NOT_BLANK = /[^\s\u3000\u200b]/

export function isBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || !NOT_BLANK.test(text)
}

/** 填报说明: “无相关情况时应填写‘无’”. */
export function isNone(text: string): boolean {
  return text.trim() === '无'
}
