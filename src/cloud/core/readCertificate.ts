/**
 * `readCertificate`: reads an uploaded evidence photo with the OCR port and proposes the certificate's number,
 * name, holder and date (src/evidence/certificateText.ts) for the user to confirm. Any member of the application
 * may ask (the photos are the application's); only photos under the application's evidence folder are read.
 * When the binding cannot read (no engine, quota used up) the answer is `{available: false}` and the flow stays
 * manual.
 */
import { z } from 'zod'
import { fail, ok } from '../../errors'
import { readCertificateText, type CertificateReading } from '../../evidence/certificateText'
import { imageKind } from '../../evidence/imageKind'
import { noOcr } from '../ports/ocr'
import { EVIDENCE_PATH } from '../ports/uploads'
import { membership } from './access'
import { define } from './define'

/** What the user is shown: the proposal, and the recognised text (capped) so they can see what was read. */
export type ReadCertificateResult = { available: false } | ({ available: true; text: string } & CertificateReading)

/** The recognised text travels back at most this long: enough for a certificate page. */
export const OCR_TEXT_LIMIT = 4000

const appId = z.string().min(1).max(64)

/** The photo by its upload (fileID), or by its hash as the answers carry it (the app's way: looked up in the records). */
export const readCertificate = define(
  z.union([z.object({ appId, fileID: z.string().min(1).max(512) }).strict(), z.object({ appId, hash: z.string().regex(/^[a-f0-9]{64}$/) }).strict()]),
  async (event, ctx) => {
    const m = await membership(ctx.store, event.appId, ctx.caller.openid)
    if (!m.ok) return m.result
    if (!ctx.uploads) return ok<ReadCertificateResult>({ available: false })
    let fileID: string
    if ('hash' in event) {
      const [record] = await ctx.store.getEvidence(event.appId, [event.hash])
      if (!record || record.removedAt !== null) return fail('EVIDENCE_NOT_FOUND', 'hash')
      fileID = record.fileID
    } else fileID = event.fileID
    const path = ctx.uploads.pathOf(fileID)
    if (path === null || !EVIDENCE_PATH.test(path) || !path.startsWith(`evidence/${event.appId}/`)) return fail('EVIDENCE_NOT_IN_APPLICATION', 'fileID')
    const bytes = await ctx.uploads.read(fileID)
    if (bytes === null) return fail('UPLOAD_NOT_FOUND', 'fileID')
    if (imageKind(bytes) !== 'jpeg') return fail('PHOTO_NOT_IMAGE', 'fileID')
    const read = await (ctx.ocr ?? noOcr).read(bytes)
    if (!read.available) {
      console.warn('readCertificate: OCR unavailable', read.reason)
      return ok<ReadCertificateResult>({ available: false })
    }
    return ok<ReadCertificateResult>({ available: true, text: read.text.slice(0, OCR_TEXT_LIMIT), ...readCertificateText(read.text) })
  }
)
