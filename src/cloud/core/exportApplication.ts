import { z } from 'zod'
import { fail, ok } from '../../errors'
import { CURRENT_ROUND, blocksSubmission, check } from '../../rules'
import type { FileRef } from '../ports/files'
import { membership } from './access'
import { define } from './define'
import { storedAnswers } from './storedAnswers'
import { annexPhotos } from './exportPhotos'

/**
 * Inline files stay well under what one response should carry (the local HTTP result; on WeChat a callFunction
 * result is small, so there the file goes to cloud storage instead).
 */
export const MAX_INLINE_BYTES = 4 * 1024 * 1024
/** Photos in the annex: what a Word file on a phone still opens (cloud), or what fits the inline answer (local). */
export const ANNEX_BYTES = { cloud: 20 * 1024 * 1024, inline: 2.5 * 1024 * 1024 }

export type ExportFormat = 'docx' | 'xlsx'

export interface ExportResult {
  format: ExportFormat
  fileName: string
  /** The footer's content hash. */
  hash: string
  version: number
  bytes: number
  /** Errors and unexplained warnings at 提交 level: a non-zero count is printed as a draft notice on page 1. */
  openIssues: number
  /** Photos printed in the annex, and uploaded photos left out of it for the file's size. */
  photosInAnnex: number
  photosLeftOut: number
  file: FileRef
}

/**
 * The filled 申报表 as a Word file (or every answer as a spreadsheet, one row per item), from the stored answers (not the client's copy), for any member. The
 * `docx` package is loaded only here, on demand, so other calls never pay for it.
 */
export const exportApplicationFunction = define(z.object({ appId: z.string().min(1).max(64), format: z.enum(['docx', 'xlsx']).optional() }).strict(), async (event, { caller, store, clock, files, random, uploads }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const app = await store.getApplication(event.appId)
  if (!app) return fail('NOT_MEMBER')
  const answers = await storedAnswers(store, event.appId)
  const openIssues = check(answers, { level: 'submit', now: clock.now(), config: CURRENT_ROUND }).filter(blocksSubmission).length
  const format = event.format ?? 'docx'
  const { contentHash, exportDocx, exportFileName, exportXlsx } = await import('../../export')
  const annex = format === 'docx' ? await annexPhotos(store, uploads, app.id, answers, files ? ANNEX_BYTES.cloud : ANNEX_BYTES.inline) : { photos: [], leftOut: 0 }
  const file =
    format === 'docx'
      ? await exportDocx({ answers, version: app.version, openIssues, photos: annex.photos })
      : { bytes: exportXlsx(answers), hash: contentHash(answers), fileName: exportFileName(answers, app.version, 'xlsx') }
  let ref: FileRef
  if (files) {
    // A random name: a cloud file id is a download capability, so it must not be guessable from the app id.
    ref = { kind: 'cloud', fileID: await files.put(`exports/${app.id}/${random(16)}.${format}`, file.bytes) }
  } else {
    if (file.bytes.length > MAX_INLINE_BYTES) return fail('PAYLOAD_TOO_LARGE')
    ref = { kind: 'inline', base64: Buffer.from(file.bytes).toString('base64') }
  }
  const result: ExportResult = {
    format,
    fileName: file.fileName,
    hash: file.hash,
    version: app.version,
    bytes: file.bytes.length,
    openIssues,
    photosInAnnex: annex.photos.length,
    photosLeftOut: annex.leftOut,
    file: ref
  }
  return ok(result)
})
