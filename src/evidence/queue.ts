/**
 * The evidence upload queue of one application on this phone. A photo is saved on the device first (the
 * photo port), then its job is kept here, persisted, until the cloud has recorded it: folder → upload → attach,
 * retried with backoff while the network is the problem, stopped with the reason when the cloud refuses. A job
 * sent twice (the app killed after the upload, before the reply) stores one record: the path and the record
 * are named by the photo's hash. Removing a photo is a job too, so a removal made offline is logged later.
 * Pure: storage, transport, clock and the photo port are injected.
 */
import { ERROR_MESSAGES, type CloudResult, type ErrorCode } from '../errors'
import type { KeyValue } from '../sync/deviceStore'

export interface UploadJob {
  kind: 'attach' | 'remove'
  hash: string
  itemId: string
  target: string
  attempts: number
  /** Epoch ms before which the job is not tried again. */
  nextAt: number
  /** Set when the cloud refused the photo: shown beside it, never retried on its own. */
  refused?: { code: string; message: string }
}

export type PhotoState = 'onDevice' | 'uploading' | 'uploaded' | 'refused'

export interface QueuePorts {
  kv: KeyValue
  now: () => number
  call: (name: 'evidenceFolder' | 'attachEvidence' | 'removeEvidence', data: Record<string, unknown>) => Promise<CloudResult<any>>
  /** Puts the photo's bytes at `cloudPath` (weapp: wx.cloud.uploadFile; H5: the local cloud's upload route). */
  upload: (cloudPath: string, source: Blob | string) => Promise<CloudResult<{ fileID: string }>>
  /** The photo as saved on this device (src/evidence/photo.ts), or null when it is not here. */
  source: (hash: string) => Promise<Blob | string | null>
}

/** Failures worth trying again by themselves: the request may not have arrived, or the cloud was busy. */
const RETRYABLE: ReadonlySet<string> = new Set<ErrorCode>(['NETWORK', 'BUSY', 'TIMEOUT', 'QUOTA', 'INTERNAL'])
const BACKOFF_MS = [2000, 5000, 15000, 30000, 60000, 300000]

interface QueueState {
  jobs: UploadJob[]
  /** Hashes the cloud has recorded for this application (so a thumbnail shows 已上传 offline). */
  uploaded: string[]
  folder: string | null
}

const key = (appId: string) => `cluster-declare.${appId}.evidence.v1`

export class EvidenceQueue {
  private state: QueueState
  private running: Promise<void> | null = null
  private listeners = new Set<() => void>()

  constructor(
    private readonly ports: QueuePorts,
    readonly appId: string
  ) {
    let saved: Partial<QueueState> = {}
    try {
      saved = JSON.parse(ports.kv.get(key(appId)) ?? '{}')
    } catch {
      saved = {}
    }
    this.state = { jobs: Array.isArray(saved.jobs) ? saved.jobs : [], uploaded: Array.isArray(saved.uploaded) ? saved.uploaded : [], folder: saved.folder ?? null }
  }

  private save(): void {
    this.ports.kv.set(key(this.appId), JSON.stringify(this.state))
    for (const l of this.listeners) l()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Jobs still to do (refused ones included, with their reason). */
  get jobs(): readonly UploadJob[] {
    return this.state.jobs
  }

  /** Photos on this phone still to upload (refused ones, which wait for the member, left out). */
  get waiting(): number {
    return this.state.jobs.filter((j) => j.kind === 'attach' && !j.refused).length
  }

  stateOf(hash: string): PhotoState {
    const job = this.state.jobs.find((j) => j.hash === hash && j.kind === 'attach')
    if (job?.refused) return 'refused'
    if (job) return job.attempts > 0 ? 'uploading' : 'onDevice'
    return this.state.uploaded.includes(hash) ? 'uploaded' : 'onDevice'
  }

  refusalOf(hash: string): string | null {
    return this.state.jobs.find((j) => j.hash === hash && j.kind === 'attach')?.refused?.message ?? null
  }

  /** Queues the upload of a photo saved on the device for a claim (persisted before it returns). */
  attach(hash: string, itemId: string, target: string): void {
    if (this.state.jobs.some((j) => j.kind === 'attach' && j.hash === hash) || this.state.uploaded.includes(hash)) return
    this.state.jobs.push({ kind: 'attach', hash, itemId, target, attempts: 0, nextAt: 0 })
    this.save()
  }

  /** Queues the removal log of a photo; a photo not uploaded yet is simply dropped from the queue. */
  remove(hash: string, itemId: string, target: string): void {
    const pending = this.state.jobs.some((j) => j.kind === 'attach' && j.hash === hash)
    this.state.jobs = this.state.jobs.filter((j) => j.hash !== hash)
    if (!pending && this.state.uploaded.includes(hash)) this.state.jobs.push({ kind: 'remove', hash, itemId, target, attempts: 0, nextAt: 0 })
    this.state.uploaded = this.state.uploaded.filter((h) => h !== hash)
    this.save()
  }

  /** Tries every due job once (force: ignore the backoff, and try refused photos again). */
  run(force = false): Promise<void> {
    this.running ??= this.loop(force).finally(() => {
      this.running = null
    })
    return this.running
  }

  private async loop(force: boolean): Promise<void> {
    for (const job of [...this.state.jobs]) {
      if (!this.state.jobs.includes(job)) continue
      if (!force && (job.refused || job.nextAt > this.ports.now())) continue
      const outcome = await this.step(job)
      if (outcome === 'done') {
        this.state.jobs = this.state.jobs.filter((j) => j !== job)
        if (job.kind === 'attach' && !this.state.uploaded.includes(job.hash)) this.state.uploaded.push(job.hash)
      } else if (outcome.retry) {
        job.attempts++
        job.nextAt = this.ports.now() + BACKOFF_MS[Math.min(job.attempts - 1, BACKOFF_MS.length - 1)]
        delete job.refused
        this.save()
        return // the network is down: the other jobs wait for the same backoff
      } else {
        job.refused = { code: outcome.code, message: outcome.message }
      }
      this.save()
    }
  }

  private async step(job: UploadJob): Promise<'done' | { retry: boolean; code: string; message: string }> {
    const failed = (r: { ok: false; error: { code: string; message: string } }) => ({ retry: RETRYABLE.has(r.error.code), code: r.error.code, message: r.error.message })
    try {
      if (job.kind === 'remove') {
        const r = await this.ports.call('removeEvidence', { appId: this.appId, hash: job.hash })
        // Never recorded in the cloud: nothing to log.
        return r.ok || r.error.code === 'EVIDENCE_NOT_FOUND' ? 'done' : failed(r)
      }
      if (this.state.folder === null) {
        const f = await this.ports.call('evidenceFolder', { appId: this.appId })
        if (!f.ok) return failed(f)
        this.state.folder = f.data.folder as string
      }
      const source = await this.ports.source(job.hash)
      if (source === null) return { retry: false, code: 'PHOTO_MISSING_ON_DEVICE', message: PHOTO_MISSING_ON_DEVICE }
      const up = await this.ports.upload(`${this.state.folder}${job.hash}.jpg`, source)
      if (!up.ok) return failed(up)
      const r = await this.ports.call('attachEvidence', { appId: this.appId, itemId: job.itemId, target: job.target, hash: job.hash, fileID: up.data.fileID })
      return r.ok ? 'done' : failed(r)
    } catch {
      return { retry: true, code: 'NETWORK', message: ERROR_MESSAGES.NETWORK }
    }
  }
}

export const PHOTO_MISSING_ON_DEVICE = '这张照片已不在本机（可能清理了微信存储），请重新拍照。'
