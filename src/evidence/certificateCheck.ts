/**
 * Reading the certificate in a list entry's photo: the number the entry typed (专利号或证书号, 标准号) is
 * compared with the number read from the photo (readCertificate, OCR in the cloud), so a photo of the wrong
 * certificate or a mistyped number is caught at once. Pure; the cloud call is `readPhoto` in ./usePhotos.ts.
 */
import type { Item } from '../form'
import { CURRENT_ROUND, claimEntry, normalizeValue, valueFindings, type Answer, type Claim } from '../rules'
import type { ItemListValue } from '../rules/values'
import { compareNumbers, type CertificateReading } from './certificateText'

/** The list columns that hold a certificate's number. */
const NUMBER_FIELDS = ['number', 'code']

/**
 * The number typed for the list entry a claim is about: undefined when the claim is not a list entry with a
 * number column (nothing to read), null when the entry has no number typed yet.
 */
export function typedNumberOf(item: Item | undefined, answer: Answer | undefined, claim: Claim): string | null | undefined {
  if (item?.kind !== 'itemList' || !claim.target.startsWith('entries.')) return undefined
  const field = item.fields.find((f) => NUMBER_FIELDS.includes(f.id))
  if (!field) return undefined
  const typed = claimEntry(item, answer, claim)?.entry.fields?.[field.id]
  return typeof typed === 'string' && typed.trim() !== '' ? typed : null
}

export type ReadingNote = { kind: 'same' | 'differs' | 'read'; text: string }

/** What the claim row says about a photo once its certificate was read. */
export function readingNote(reading: CertificateReading, typed: string | null): ReadingNote | null {
  const number = reading.number?.value
  if (!number) return null
  if (typed === null) return { kind: 'read', text: `照片中读到的编号：${number}` }
  const c = compareNumbers(number, typed)
  return c.same ? { kind: 'same', text: `照片中的编号 ${number} 与填写一致。` } : { kind: 'differs', text: c.message }
}

/** List columns a certificate's date may fill (授权日期 of a patent). */
const DATE_FIELDS = ['grantDate']

export type Filled = { ok: true; answer: Answer; filled: string[] } | { ok: false; message: string }

/**
 * The entry with what was read from its certificate filled in where the entry is still empty (the number; the
 * date where the list has a date column), checked with the rule module as any typed value is. Nothing typed is
 * overwritten: the operator confirms a proposal instead of typing it.
 */
export function fillFromCertificate(item: Item, answer: Answer, claim: Claim, reading: CertificateReading, now: Date): Filled {
  const found = claimEntry(item, answer, claim)
  if (item.kind !== 'itemList' || found === null) return { ok: false, message: NOTHING_TO_FILL }
  const { index, entry } = found
  const value = answer.value as ItemListValue
  const fields = { ...entry.fields }
  const filled: string[] = []
  const put = (ids: string[], read: string | null | undefined) => {
    const f = item.fields.find((x) => ids.includes(x.id))
    if (f && read && !(fields[f.id] ?? '').trim()) {
      fields[f.id] = read
      filled.push(f.label)
    }
  }
  put(NUMBER_FIELDS, reading.number?.value)
  put(DATE_FIELDS, reading.date)
  if (filled.length === 0) return { ok: false, message: NOTHING_TO_FILL }
  const next = { ...value, entries: value.entries.map((e, i) => (i === index ? { ...e, fields } : e)) }
  const checked = normalizeValue(item, next)
  if (!checked.ok) return { ok: false, message: checked.findings.map((f) => f.message).join('；') }
  // Refused like a typed value: an error the filled values bring (a wrong check digit, an impossible date).
  const errors = (v: unknown) => valueFindings(item, { value: v }, { config: CURRENT_ROUND, now }).filter((f) => f.severity === 'error').map((f) => f.message)
  const before = new Set(errors(value))
  const added = errors(checked.value).filter((m) => !before.has(m))
  if (added.length > 0) return { ok: false, message: added.join('；') }
  return { ok: true, answer: { ...answer, value: checked.value }, filled }
}

export const NOTHING_TO_FILL = '照片中没有读到可以填入的内容，请在对话中填写。'
export const filledText = (labels: readonly string[]) => `已按照片填入${labels.map((l) => `“${l}”`).join('、')}，请核对。`
