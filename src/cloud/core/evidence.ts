/**
 * Evidence photos in the cloud. The phone compresses a photo, names it by the SHA-256 of its bytes and
 * uploads it to `evidence/<appId>/<own folder>/<hash>.jpg` (weapp: wx.cloud.uploadFile to the folder
 * `evidenceFolder` gave; H5: the local cloud's upload route); `attachEvidence` then checks the file by content
 * and records which claim it proves. The answer carries the hash (src/rules/values.ts); the record says the file
 * is really there. Every call checks membership; only those who may write an item attach or remove its photos;
 * every member (reviewers too) may look at them through short-lived links.
 */
import { createHash } from 'crypto'
import { z } from 'zod'
import { findItem, isAnswerable } from '../../form'
import { fail, ok } from '../../errors'
import { allClaims, type Answers, type Claim } from '../../rules'
import { evidenceFolder } from '../ports/uploads'
import { PAGE_LIMIT, type EvidenceDoc, type EvidenceScreening, type Store } from '../ports/store'
import type { ScreeningPort } from '../ports/screening'
import { membership, writeDenied } from './access'
import { define } from './define'
import { authorNames } from './names'
import { checkEvidenceImage } from './imageCheck'

const appId = z.string().min(1).max(64)
const hash = z.string().regex(/^[a-f0-9]{64}$/)
/** The claim inside the answer: an option id, `entry:<id>`, `<tier>:<index>`, or '' for the answer itself. */
const target = z.string().max(80).regex(/^[A-Za-z0-9_.:-]*$/)

/** What a member's phone shows for a photo: no openid, the uploader by name. */
export interface PublicEvidence {
  hash: string
  itemId: string
  target: string
  uploadedByName: string | null
  uploadedAt: string
  bytes: number
  width: number
  height: number
  removed: boolean
  /** A short-lived link to the photo, when asked for. */
  url?: string
}

const publicOf = (d: EvidenceDoc, nameOf: (openid: string) => string | null, url?: string): PublicEvidence => ({
  hash: d.hash,
  itemId: d.itemId,
  target: d.target,
  uploadedByName: nameOf(d.uploadedBy),
  uploadedAt: d.uploadedAt,
  bytes: d.bytes,
  width: d.width,
  height: d.height,
  removed: d.removedAt !== null,
  ...(url ? { url } : {})
})

/** Items whose answers may carry photos: those the form asks 佐证材料 for. */
const needsEvidence = (itemId: string) => {
  const item = findItem(itemId)
  return item !== undefined && isAnswerable(item) && (item.evidence === 'perTick' || item.evidence === 'listAndEvidence' || item.evidence === 'ifApplicable')
}

/** The folder this member uploads this application's photos to (the cloud path is the folder + `<hash>.jpg`). */
export const evidenceFolderFunction = define(z.object({ appId }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  if (m.member.role === 'countyReviewer' || m.member.role === 'cityRecommender') return fail('READ_ONLY_ROLE')
  return ok({ folder: evidenceFolder(event.appId, caller.openid) })
})

export const attachEvidence = define(
  z.object({ appId, itemId: z.string().min(1).max(64), target, hash, fileID: z.string().min(1).max(512) }).strict(),
  async (event, { caller, store, clock, uploads, screening }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    const denied = writeDenied(m.member, event.itemId)
    if (denied) return fail(denied)
    if (!findItem(event.itemId)) return fail('UNKNOWN_ITEM', 'itemId')
    if (!needsEvidence(event.itemId)) return fail('EVIDENCE_NOT_NEEDED', 'itemId')
    if (!uploads) return fail('FILES_UNAVAILABLE')
    // Only the caller's own upload for this application, named by the hash it claims to have.
    if (uploads.pathOf(event.fileID) !== `${evidenceFolder(event.appId, caller.openid)}${event.hash}.jpg`) return fail('EVIDENCE_FORBIDDEN', 'fileID')
    // A photo the platform's content check found risky stays out, however often it is sent again.
    const [known] = await store.getEvidence(event.appId, [event.hash])
    if (known?.screening?.status === 'risky') return fail('EVIDENCE_RISKY', 'fileID')
    const bytes = await uploads.read(event.fileID)
    if (bytes === null) return fail('UPLOAD_NOT_FOUND', 'fileID')
    const image = checkEvidenceImage(bytes)
    if (!image.ok) return fail(image.code, 'fileID')
    if (createHash('sha256').update(bytes).digest('hex') !== event.hash) return fail('EVIDENCE_HASH_MISMATCH', 'hash')
    const at = clock.now().toISOString()
    const stored = await store.putEvidence({
      appId: event.appId,
      hash: event.hash,
      fileID: event.fileID,
      itemId: event.itemId,
      target: event.target,
      uploadedBy: caller.openid,
      uploadedAt: at,
      bytes: bytes.length,
      width: image.width,
      height: image.height,
      removedAt: null,
      log: [{ action: 'add', by: caller.openid, at }]
    })
    // A new record is submitted for the content check once; a re-sent upload finds its state already set.
    if (stored.screening === undefined) await store.setEvidenceScreening(event.appId, event.hash, await screen(screening, stored))
    return ok({ photo: publicOf(stored, await authorNames(store, event.appId)) })
  }
)

/**
 * Submits a new photo to the platform's content check: `pending` with the trace id the result push will carry,
 * or `unchecked` when there is no check (the local cloud) or the submission failed — the attach itself never
 * fails because of it.
 */
async function screen(port: ScreeningPort | undefined, record: EvidenceDoc): Promise<EvidenceScreening> {
  if (!port) return { status: 'unchecked' }
  try {
    const r = await port.submit({ fileID: record.fileID, openid: record.uploadedBy })
    if (r.submitted) return { status: 'pending', traceId: r.traceId }
    console.warn(`content check not submitted for evidence ${record.appId}/${record.hash}: ${r.reason}`)
  } catch (err) {
    console.warn(`content check not submitted for evidence ${record.appId}/${record.hash}`, err)
  }
  return { status: 'unchecked' }
}

/**
 * Logs that a photo no longer proves its claim. The claim itself becomes incomplete through the answer (the
 * phone removes the hash from it, one more versioned write), so the rule checks see it at once.
 */
export const removeEvidence = define(z.object({ appId, hash }).strict(), async (event, { caller, store, clock }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const [record] = await store.getEvidence(event.appId, [event.hash])
  if (!record) return fail('EVIDENCE_NOT_FOUND', 'hash')
  const denied = writeDenied(m.member, record.itemId)
  if (denied) return fail(denied)
  const removed = (await store.removeEvidence(event.appId, event.hash, { action: 'remove', by: caller.openid, at: clock.now().toISOString() })) as EvidenceDoc
  return ok({ photo: publicOf(removed, await authorNames(store, event.appId)) })
})

export const MAX_LINKS = 50

/** The photos with these hashes, each with a short-lived link (members only; hashes not in this application left out). */
export const evidencePhotos = define(
  z.object({ appId, hashes: z.array(hash).min(1).max(MAX_LINKS) }).strict(),
  async (event, { caller, store, links }) => {
    const m = await membership(store, event.appId, caller.openid)
    if (!m.ok) return m.result
    const records = (await store.getEvidence(event.appId, [...new Set(event.hashes)])).filter((r) => r.removedAt === null)
    const urls = links && records.length > 0 ? await links.urls(records.map((r) => r.fileID)) : {}
    const nameOf = await authorNames(store, event.appId)
    return ok({ photos: records.map((r) => publicOf(r, nameOf, urls[r.fileID])) })
  },
  { arrays: { hashes: MAX_LINKS } }
)

/** Every photo record of the application, a page at a time (the evidence page and the export's annex). */
export const listEvidence = define(z.object({ appId, after: hash.optional() }).strict(), async (event, { caller, store }) => {
  const m = await membership(store, event.appId, caller.openid)
  if (!m.ok) return m.result
  const page = await store.listEvidence(event.appId, event.after ?? '')
  const nameOf = await authorNames(store, event.appId)
  return ok({ photos: page.map((r) => publicOf(r, nameOf)), next: page.length === PAGE_LIMIT ? page[page.length - 1].hash : null })
})

/**
 * Claims whose photos are referenced in the answers but not recorded in the cloud (still queued on a phone,
 * or removed): submission waits for them, so a reviewer never opens a claim without its certificate.
 */
export async function photosNotUploaded(store: Store, app: string, answers: Answers): Promise<Claim[]> {
  const claims = allClaims(answers).filter((c) => c.refs.length > 0)
  const present = await recordedPhotos(store, app, claims.flatMap((c) => c.refs))
  return claims.filter((c) => c.refs.some((h) => !present.has(h)))
}

/** The records, not removed, of these photos, by hash (read a page of PAGE_LIMIT at a time). */
export async function recordedPhotos(store: Store, app: string, refs: readonly string[]): Promise<Map<string, EvidenceDoc>> {
  const hashes = [...new Set(refs)]
  const records = new Map<string, EvidenceDoc>()
  for (let i = 0; i < hashes.length; i += PAGE_LIMIT) for (const r of await store.getEvidence(app, hashes.slice(i, i + PAGE_LIMIT))) if (r.removedAt === null) records.set(r.hash, r)
  return records
}

export const notUploadedMessage = (what: string) => `“${what}”的照片还没有上传完成：请在有网络时打开小程序，等照片上传后再提交。`
