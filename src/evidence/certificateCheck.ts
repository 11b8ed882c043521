/**
 * Reading the certificate in a list entry's photo: the number the entry typed (专利号或证书号, 标准号) is
 * compared with the number read from the photo (readCertificate, OCR in the cloud), so a photo of the wrong
 * certificate or a mistyped number is caught at once. Pure; the cloud call is `readPhoto` in ./usePhotos.ts.
 */
import type { Item } from '../form'
import type { Answer, Claim } from '../rules'
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
  const entry = (answer?.value as ItemListValue | undefined)?.entries?.[Number(claim.target.split('.')[1])]
  const typed = entry?.fields?.[field.id]
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
