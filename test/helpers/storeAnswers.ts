/** Stores a set of answers through `patchAnswers`, as an app would: batches under the event limits (src/cloud/limits.ts). */
import { runFunction, type HandlerContext } from '../../src/cloud/core'
import { MAX_EVENT_BYTES, MAX_OPS } from '../../src/cloud/limits'
import { findItem } from '../../src/form'
import { allClaims, answerOf, withClaimRefs, type Answer, type Answers } from '../../src/rules'
import type { Store } from '../../src/cloud/ports/store'
import { testContext } from './context'

/** The answers as patchAnswers ops (base version 0), in batches within the op count and the event size. */
export function answerBatches(answers: Answers, opPrefix: string): Record<string, unknown>[][] {
  const budget = MAX_EVENT_BYTES - 4096
  const out: Record<string, unknown>[][] = [[]]
  let bytes = 0
  Object.entries(answers).forEach(([itemId, a], i) => {
    const op = { opId: `${opPrefix}-${String(i).padStart(6, '0')}`, itemId, ...answerOf(a ?? { value: undefined }), baseVersion: 0 }
    const size = Buffer.byteLength(JSON.stringify(op))
    if (out[out.length - 1].length === MAX_OPS || bytes + size > budget) {
      out.push([])
      bytes = 0
    }
    out[out.length - 1].push(op)
    bytes += size
  })
  return out.filter((batch) => batch.length > 0)
}

export async function storeAnswers(ctx: HandlerContext, appId: string, answers: Answers, opPrefix = 'op-store'): Promise<void> {
  for (const ops of answerBatches(answers, opPrefix)) {
    const r = await runFunction('patchAnswers', { appId, ops }, ctx)
    if (!r.ok) throw new Error(`patchAnswers refused: ${r.error.code}`)
    const refused = (r.data as { results: { status: string; itemId: string; code?: string }[] }).results.filter((x) => x.status !== 'accepted')
    if (refused.length > 0) throw new Error(`ops not accepted: ${JSON.stringify(refused)}`)
  }
}

/**
 * Records every photo the answers reference as uploaded by `openid` (what attachEvidence stores after checking
 * the file), for handler tests that are about something else than the upload itself.
 */
export async function recordPhotos(store: Store, appId: string, answers: Answers, openid = 'o_owner'): Promise<void> {
  const claims = allClaims(answers)
  for (const c of claims)
    for (const hash of c.refs)
      await store.putEvidence({ appId, hash, fileID: `cloud://test-env.bucket/evidence/${appId}/${openid}/${hash}.jpg`, itemId: c.itemId, target: c.target, uploadedBy: openid, uploadedAt: '2024-03-15T00:00:00.000Z', bytes: 300000, width: 2000, height: 1500, removedAt: null, log: [{ action: 'add', by: openid, at: '2024-03-15T00:00:00.000Z' }] })
}

/** The same answers with one photo (`hash`) proving every claim: one real upload serves a whole application in e2e. */
export function samePhotoEverywhere(answers: Answers, hash: string): Record<string, Answer> {
  const out: Record<string, Answer> = {}
  for (const [id, a] of Object.entries(answers)) if (a) out[id] = a
  for (const c of allClaims(answers)) {
    const item = findItem(c.itemId)
    if (item) out[c.itemId] = withClaimRefs(item, out[c.itemId], c.target, [hash])
  }
  return out
}

/**
 * A new application created by owner `o_owner` (王负责) holding these answers, the photos they reference
 * recorded as uploaded unless `photos: 'notUploaded'`; `as(openid)` calls as someone else.
 */
export async function applicationWith(answers: Answers, options: { photos: 'uploaded' | 'notUploaded' } = { photos: 'uploaded' }) {
  const owner = testContext('o_owner')
  const created = await runFunction('createApplication', { displayName: '王负责' }, owner)
  if (!created.ok) throw new Error(created.error.code)
  const appId = (created.data as { id: string }).id
  await storeAnswers(owner, appId, answers)
  if (options.photos === 'uploaded') await recordPhotos(owner.store, appId, answers)
  const as = (openid: string): HandlerContext => ({ ...owner, caller: { openid, displayName: null } })
  return { owner, appId, as }
}
