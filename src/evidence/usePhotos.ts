/**
 * What a thumbnail needs for each photo hash: a URL to show (the copy saved on this device first, else a
 * short-lived link from the cloud, members only) and where its upload stands. Re-renders when the queue moves.
 */
import { useEffect, useState } from 'react'
import { callFunction } from '../sync/cloud/binding'
import { photoDevice } from './photoDevice'
import type { PhotoState } from './queue'
import { evidenceQueue } from './session'
import type { CertificateReading } from './certificateText'

export interface PhotoView {
  hash: string
  url: string | null
  /** Where the photo is: its upload on this phone, in the cloud, or only on the phone of whoever took it. */
  state: PhotoState | 'elsewhere'
  refusal: string | null
}

/** Cloud links live two hours (getTempFileURL's default); kept here a little less. */
const LINK_MS = 100 * 60 * 1000
const links = new Map<string, { url: string; until: number }>()

interface Shown {
  url: string | null
  /** On this phone (not uploaded yet, or kept after the upload). */
  local: boolean
  /** The cloud has the photo's record (it gave a link). */
  inCloud: boolean
}

async function urlsFor(appId: string, hashes: readonly string[]): Promise<Record<string, Shown>> {
  const out: Record<string, Shown> = {}
  const remote: string[] = []
  for (const h of hashes) {
    const local = await photoDevice.displayUrl(h)
    const cached = links.get(h)
    if (local) out[h] = { url: local, local: true, inCloud: cached !== undefined }
    else if (cached && cached.until > Date.now()) out[h] = { url: cached.url, local: false, inCloud: true }
    else remote.push(h)
  }
  for (let i = 0; i < remote.length; i += 50) {
    const r = await callFunction<{ photos: { hash: string; url?: string }[] }>('evidencePhotos', { appId, hashes: remote.slice(i, i + 50) })
    if (!r.ok) break
    for (const p of r.data.photos) if (p.url) links.set(p.hash, { url: p.url, until: Date.now() + LINK_MS })
  }
  for (const h of remote) out[h] = { url: links.get(h)?.url ?? null, local: false, inCloud: links.has(h) }
  return out
}

export function usePhotos(appId: string, hashes: readonly string[]): PhotoView[] {
  const queue = evidenceQueue(appId)
  const key = hashes.join(',')
  const [shown, setShown] = useState<Record<string, Shown>>({})
  const [tick, setTick] = useState(0)
  useEffect(() => queue.subscribe(() => setTick((n) => n + 1)), [queue])
  useEffect(() => {
    let live = true
    if (hashes.length > 0) void urlsFor(appId, hashes).then((u) => live && setShown(u))
    return () => {
      live = false
    }
    // A photo that finished uploading may now have a cloud link instead of none.
  }, [appId, key, tick])
  return hashes.map((hash) => {
    const s = shown[hash]
    const mine = queue.stateOf(hash)
    // Not queued on this phone and not on it: the cloud knows it (uploaded) or it waits on a colleague's phone.
    const state = mine === 'onDevice' && s && !s.local ? (s.inCloud ? 'uploaded' : 'elsewhere') : mine
    return { hash, url: s?.url ?? null, state, refusal: queue.refusalOf(hash) }
  })
}

const readings = new Map<string, Promise<CertificateReading | null>>()

/** Reads a photo the cloud has recorded, once per photo on this phone; null when reading is unavailable. */
export function readPhoto(appId: string, hash: string): Promise<CertificateReading | null> {
  if (!readings.has(hash)) {
    readings.set(
      hash,
      callFunction<{ available: boolean } & CertificateReading>('readCertificate', { appId, hash }).then((r) => {
        if (!r.ok) readings.delete(hash) // not recorded yet, or offline: try again later
        return r.ok && r.data.available ? r.data : null
      })
    )
  }
  return readings.get(hash) as Promise<CertificateReading | null>
}
