import { z } from 'zod'
import { fail, ok } from '../../errors'
import { CURRENT_ROUND, blocksSubmission, check, type Answer } from '../../rules'
import type { FileRef } from '../ports/files'
import { PAGE_LIMIT, type FieldDoc } from '../ports/store'
import { membership } from './access'
import { define } from './define'

/**
 * Inline files stay well under what one response should carry (the local HTTP result; on WeChat a callFunction
 * result is small, so there the file goes to cloud storage instead).
 */
export const MAX_INLINE_BYTES = 4 * 1024 * 1024

export interface ExportResult {
  fileName: string
  /** The footer's content hash. */
  hash: string
  version: number
  bytes: number
  /** Errors and unexplained warnings at 提交 level: a non-zero count is printed as a draft notice on page 1. */
  openIssues: number
  file: FileRef
}

/** Every stored field of the application, page by page (PAGE_LIMIT per read on the cloud database). */
async function allFields(read: (since: number) => Promise<FieldDoc[]>): Promise<FieldDoc[]> {
  const out: FieldDoc[] = []
  let since = 0
  for (;;) {
    const page = await read(since)
    out.push(...page)
    if (page.length < PAGE_LIMIT) return out
    since = page[page.length - 1].seq
  }
}

/**
 * The filled 申报表 as a Word file, from the stored answers (not the client's copy), for any member. The
 * `docx` package is loaded only here, on demand, so other calls never pay for it.
 */
export const exportApplicationFunction = define(z.object({ appId: z.string().min(1).max(64) }).strict(), async (event, { caller, store, clock, files, random }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const app = await store.getApplication(event.appId)
  if (!app) return fail('NOT_MEMBER')
  const fields = await allFields((since) => store.fieldsSince(event.appId, since))
  const answers: Record<string, Answer> = {}
  for (const f of fields) answers[f.itemId] = f.explanation ? { value: f.value, explanation: f.explanation } : { value: f.value }
  const openIssues = check(answers, { level: 'submit', now: clock.now(), config: CURRENT_ROUND }).filter(blocksSubmission).length
  const { exportDocx } = await import('../../export')
  const file = await exportDocx({ answers, version: app.version, openIssues })
  let ref: FileRef
  if (files) {
    // A random name: a cloud file id is a download capability, so it must not be guessable from the app id.
    ref = { kind: 'cloud', fileID: await files.put(`exports/${app.id}/${random(16)}.docx`, file.bytes) }
  } else {
    if (file.bytes.length > MAX_INLINE_BYTES) return fail('PAYLOAD_TOO_LARGE')
    ref = { kind: 'inline', base64: Buffer.from(file.bytes).toString('base64') }
  }
  const result: ExportResult = { fileName: file.fileName, hash: file.hash, version: app.version, bytes: file.bytes.length, openIssues, file: ref }
  return ok(result)
})
