/**
 * Reads what a certificate's OCR text says: its number (a Chinese patent number checked with its check digit, a
 * standard number such as GB/T 12345—2022, or a generic 证书编号), its name, its holder and its date, to propose
 * to the user — who confirms, never trusts — and warns when the photographed number differs from the typed one.
 * Number formats and their sources: src/rules/numberFormats.ts (shared/policy.md §4).
 *
 * OCR text is messy: full-width punctuation, spaces between Chinese characters (tesseract's chi_sim), O for 0 and
 * l for 1 in numbers. Everything is normalised first; a patent number is accepted only when its check digit
 * agrees, so a misread digit is not proposed as if it were right.
 */
import { compactCode, parsePatentNumber, parseStandardNumber } from '../rules/numberFormats'

export type NumberKind = 'patent' | 'standard' | 'certificate'

export interface CertificateReading {
  /** The document's title line (e.g. 发明专利证书), when one names a certificate, patent or standard. */
  title: string | null
  number: { kind: NumberKind; value: string } | null
  /** 发明名称 / 标准名称 / 项目名称 … */
  name: string | null
  /** 专利权人 / 企业名称 / 权利人 … */
  holder: string | null
  /** ISO date (YYYY-MM-DD): the grant or issue date when labelled, else the first date in the text. */
  date: string | null
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'

/** NFKC (full-width → half-width, ：→:), no spaces between Chinese characters, trimmed lines. */
export function normaliseOcrText(text: string): string {
  const between = new RegExp(`([${CJK}:])[ \\t\\u3000]+(?=[${CJK}:])`, 'g')
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(between, '$1').replace(between, '$1').replace(/\s*:\s*/g, ':').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** Letters OCR confuses with digits, read as the digit when they stand inside a number. */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', i: '1', '|': '1', Z: '2', S: '5', s: '5', B: '8', g: '9', q: '9' }
const asDigits = (s: string) => s.replace(/[OoDQlIi|ZSsBgq]/g, (c) => DIGIT_LOOKALIKES[c])

/**
 * A patent number: ZL (or a 专利号/申请号 label) then 12 digits with spaces where the certificate prints them, a
 * dot and the check digit. Accepted only when the check digit agrees.
 */
function patentNumber(text: string): string | null {
  const candidates = /(?:ZL|Z1|2L|专利号:?|申请号:?)\s*((?:[0-9OoDQlIi|ZSsBgq][\s]?){12})\s*[.,·:]?\s*([0-9Xx])/g
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const twelve = asDigits(m[1].replace(/\s/g, ''))
    const parsed = parsePatentNumber(`ZL${twelve}.${m[2].toUpperCase()}`)
    if (parsed.ok) return parsed.canonical
  }
  return null
}

const STANDARD_IN_TEXT = /\b((?:GB\/[TZ]|GB|DB\d{2}\/[TZ]|T\/[A-Z0-9]{2,12}|ISO(?:\/IEC)?|[A-Z]{2}\/[TZ]|[A-Z]{2})\s*\d+(?:\.\d+)*(?:-\d+)*\s*[-—–]\s*(?:19|20)\d{2})\b/g

function standardNumber(text: string): string | null {
  for (let m = STANDARD_IN_TEXT.exec(text); m; m = STANDARD_IN_TEXT.exec(text)) {
    const parsed = parseStandardNumber(m[1])
    if (parsed.ok) {
      STANDARD_IN_TEXT.lastIndex = 0
      return parsed.canonical
    }
  }
  STANDARD_IN_TEXT.lastIndex = 0
  return null
}

const GENERIC_LABELS = ['证书编号', '证书号码', '登记编号', '证书号', '登记号', '批准文号', '编号', 'No.', 'NO.']

function genericNumber(lines: string[]): string | null {
  for (const label of GENERIC_LABELS) {
    for (const line of lines) {
      const at = line.indexOf(label)
      if (at < 0) continue
      const m = /^[:\s]*([A-Za-z0-9][A-Za-z0-9\-/()]{3,39})/.exec(line.slice(at + label.length))
      if (m) return m[1].toUpperCase()
    }
  }
  return null
}

function labelled(lines: string[], labels: string[]): string | null {
  for (const label of labels) {
    for (const line of lines) {
      const at = line.indexOf(`${label}:`)
      // The label starts the line or follows a space (企业名称 is not 名称).
      if (at < 0 || (at > 0 && line[at - 1] !== ' ')) continue
      const value = line.slice(at + label.length + 1).trim()
      if (value !== '') return value
    }
  }
  return null
}

const NAME_LABELS = ['发明名称', '实用新型名称', '外观设计名称', '使用外观设计的产品名称', '标准名称', '项目名称', '产品名称', '成果名称', '名称']
const HOLDER_LABELS = ['专利权人', '权利人', '著作权人', '企业名称', '单位名称', '获奖单位', '持证单位']
/** When OCR garbles a holder's label (专利权人 → “SAMA”), a value naming an organisation is still the holder. */
const ORGANISATION = /(?:公司|研究院|研究所|大学|学院|中心|集团|厂|合作社)$/

function organisation(lines: string[], name: string | null): string | null {
  for (const line of lines) {
    const colon = line.indexOf(':')
    const value = colon >= 0 ? line.slice(colon + 1).trim() : ''
    if (value !== '' && value !== name && value.length <= 40 && ORGANISATION.test(value)) return value
  }
  return null
}

const DATE_LABELS = ['授权公告日', '发证日期', '发证时间', '颁发日期', '发布日期', '认定日期', '批准日期', '登记日期', '日期']

const DATE_PATTERNS = [/((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, /((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/]

/** The first real calendar date in `text`, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  for (const pattern of DATE_PATTERNS) {
    const global = new RegExp(pattern.source, 'g')
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const when = new Date(Date.UTC(y, mo - 1, d))
      if (when.getUTCFullYear() === y && when.getUTCMonth() === mo - 1 && when.getUTCDate() === d) return when.toISOString().slice(0, 10)
    }
  }
  return null
}

export function readCertificateText(ocrText: string): CertificateReading {
  const text = normaliseOcrText(ocrText)
  const lines = text.split('\n')
  const patent = patentNumber(text)
  const standard = patent ? null : standardNumber(text)
  const generic = patent || standard ? null : genericNumber(lines)
  const number = patent ? { kind: 'patent' as const, value: patent } : standard ? { kind: 'standard' as const, value: standard } : generic ? { kind: 'certificate' as const, value: generic } : null
  let date: string | null = null
  for (const label of DATE_LABELS) {
    const value = labelled(lines, [label])
    date = value ? findDate(value) : null
    if (date) break
  }
  const name = labelled(lines, NAME_LABELS)
  return {
    title: lines.find((l) => /(证书|证明|标准|批准书)$/.test(l) && l.length <= 20) ?? null,
    number,
    name,
    holder: labelled(lines, HOLDER_LABELS) ?? organisation(lines, name),
    date: date ?? findDate(text)
  }
}

export type NumberComparison = { same: true } | { same: false; photographed: string; typed: string; message: string }

/** One spelling per number: patents as ZL…​.n, standards by family form, others compacted and upper-cased. */
function comparable(value: string): string {
  const patent = parsePatentNumber(value)
  if (patent.ok) return patent.canonical
  if (!patent.ok && patent.reason === 'checkDigit') return patent.canonical
  const standard = parseStandardNumber(value)
  if (standard.ok) return standard.canonical
  return compactCode(value).replace(/[—–]/g, '-')
}

/** Whether the number read from the photo is the one the user typed (a patent certificate vs its list entry). */
export function compareNumbers(photographed: string, typed: string): NumberComparison {
  if (comparable(photographed) === comparable(typed)) return { same: true }
  return { same: false, photographed, typed, message: `照片中证书上的编号是“${photographed}”，与填写的“${typed}”不一致，请核对后修改，或换一张对应的证书照片。` }
}
