/**
 * Evidence photos of one application on this phone, glued together: take or pick → compressed and saved on the
 * device (the photo port) → the photo's hash added to its claim in the answer (the sync session: device, outbox,
 * cloud) → the upload queued (./queue.ts). Removing reverses it. Pages and components only render what this says.
 */
import { findItem } from '../form'
import { ERROR_MESSAGES } from '../errors'
import { allClaims, claimsOf, withPhoto, withoutPhoto, type Answer, type Claim } from '../rules'
import { callFunction } from '../sync/cloud/binding'
import { syncSession, taroKeyValue } from '../sync/device'
import type { PhotoSource } from './photo'
import { photoDevice } from './photoDevice'
import { EvidenceQueue } from './queue'
import { fillFromCertificate, filledText } from './certificateCheck'
import type { CertificateReading } from './certificateText'
import { uploadPhoto } from './transfer'

const queues = new Map<string, EvidenceQueue>()

export function evidenceQueue(appId: string): EvidenceQueue {
  if (!queues.has(appId)) {
    queues.set(
      appId,
      new EvidenceQueue({ kv: taroKeyValue, now: () => Date.now(), call: (name, data) => callFunction(name, data), upload: uploadPhoto, source: (hash) => photoDevice.uploadSource(hash) }, appId)
    )
  }
  return queues.get(appId) as EvidenceQueue
}

/** At most this many photos are picked at once (chooseMedia's count ≤ 9, shared/wechat.md). */
export const PICK_AT_ONCE = 9

/** The claim as it stands now in the member's answers (after other photos were added or a colleague's pull). */
function current(appId: string, claim: Claim): { answer: Answer; claim: Claim } | null {
  const item = findItem(claim.itemId)
  const answer = syncSession(appId).answers[claim.itemId]
  if (!item || !answer) return null
  const now = claimsOf(item, answer).find((c) => c.key === claim.key)
  return now ? { answer, claim: now } : null
}

export type TakeResult = { ok: true; added: number } | { ok: false; message: string }

/**
 * Takes (camera) or picks (album) photos for a claim. Must be called straight from a tap: the platform opens the
 * camera or file chooser only inside the user's gesture.
 */
export async function takePhotos(appId: string, claim: Claim, from: PhotoSource): Promise<TakeResult> {
  const captured = await photoDevice.capture(from, PICK_AT_ONCE)
  if (!captured.ok) return { ok: false, message: ERROR_MESSAGES[captured.code] }
  if (captured.photos.length === 0) return { ok: true, added: 0 }
  const now = current(appId, claim)
  const item = findItem(claim.itemId)
  if (!now || !item) return { ok: false, message: NO_LONGER_CLAIMED }
  let answer = now.answer
  let c = now.claim
  for (const photo of captured.photos) {
    answer = withPhoto(item, answer, c, photo.hash)
    c = claimsOf(item, answer).find((x) => x.key === claim.key) as Claim
  }
  const session = syncSession(appId)
  const queue = evidenceQueue(appId)
  // The photos are on the device already; the queue and the answer follow before anything is sent.
  for (const photo of captured.photos) queue.attach(photo.hash, claim.itemId, c.target)
  session.record([{ itemId: claim.itemId, answer }])
  void session.flush().then(() => queue.run())
  return { ok: true, added: captured.photos.length }
}

/**
 * Removes a photo from its claim (the claim needs proof again). When no other claim of the application uses the
 * same photo, its removal is logged in the cloud and the copy on this phone is deleted.
 */
export function dropPhoto(appId: string, claim: Claim, hash: string): void {
  const now = current(appId, claim)
  const item = findItem(claim.itemId)
  const session = syncSession(appId)
  if (now && item) session.record([{ itemId: claim.itemId, answer: withoutPhoto(item, now.answer, now.claim, hash) }])
  const queue = evidenceQueue(appId)
  if (!allClaims(session.answers).some((c) => c.refs.includes(hash))) {
    queue.remove(hash, claim.itemId, claim.target)
    void photoDevice.remove(hash)
  }
  void session.flush().then(() => queue.run())
}

export const NO_LONGER_CLAIMED = '这一项已不在答案中（可能已被修改），照片未添加。'

/**
 * Sends what waits on this phone: the answers first (a photo's claim reaches the cloud with its answer), then the
 * photos. Pages call it on a timer and when the network returns; each side keeps its own backoff unless forced.
 */
export async function sendPending(appId: string, force = false): Promise<void> {
  const session = syncSession(appId)
  if (session.unsynced > 0) await session.flush(force)
  const queue = evidenceQueue(appId)
  if (queue.jobs.length > 0) await queue.run(force)
}

/** Fills a list entry's empty number (and date) from its certificate's reading, as the operator confirmed. */
export function fillEntry(appId: string, claim: Claim, reading: CertificateReading): { ok: boolean; message: string } {
  const now = current(appId, claim)
  const item = findItem(claim.itemId)
  if (!now || !item) return { ok: false, message: NO_LONGER_CLAIMED }
  const filled = fillFromCertificate(item, now.answer, now.claim, reading, new Date())
  if (!filled.ok) return filled
  const session = syncSession(appId)
  session.record([{ itemId: claim.itemId, answer: filled.answer }])
  void session.flush()
  return { ok: true, message: filledText(filled.filled) }
}
