/**
 * Local-first sync: every answer goes into an outbox on the device before any network call; the outbox is
 * flushed in batches (idempotent opIds, the field version each edit was based on), retried with exponential
 * backoff, and pulls merge other people's changes. Pure: storage, transport, clock and ids are ports.
 */
import type { CloudResult } from '../errors'
import type { Answer } from '../rules'
import type { KeyValue } from './deviceStore'

export interface OutboxEntry {
  opId: string
  appId: string
  itemId: string
  value: unknown
  explanation?: string
  baseVersion: number
}

export interface SyncPorts {
  kv: KeyValue
  call: (name: 'patchAnswers' | 'pullAnswers', data: Record<string, unknown>) => Promise<CloudResult<any>>
  now: () => number
  newOpId: () => string
}

export interface ConflictNote {
  itemId: string
  keptValue: unknown
  lostValue: unknown
  otherOpenid: string
}

export interface SyncState {
  outbox: OutboxEntry[]
  /** The server version of each field as last seen: the base of the next edit. */
  versions: Record<string, number>
  seq: number
  /** Refused by the server (with the reason), kept so the user sees it rather than losing it silently. */
  refused: { itemId: string; code: string; message: string }[]
  conflicts: ConflictNote[]
  failures: number
  nextAttemptAt: number
}

export const BATCH = 20
const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000, 60000]

const key = (appId: string) => `cluster-declare.sync.${appId}.v1`

export class SyncClient {
  private state: SyncState
  private flushing: Promise<void> | null = null

  constructor(
    private readonly ports: SyncPorts,
    readonly appId: string
  ) {
    const raw = ports.kv.get(key(appId))
    const saved = raw ? (JSON.parse(raw) as Partial<SyncState>) : {}
    this.state = { outbox: [], versions: {}, seq: 0, refused: [], conflicts: [], failures: 0, nextAttemptAt: 0, ...saved }
  }

  private save(): void {
    this.ports.kv.set(key(this.appId), JSON.stringify(this.state))
  }

  get unsynced(): number {
    return this.state.outbox.length
  }

  get snapshot(): Readonly<SyncState> {
    return this.state
  }

  /** Queues an answer (persisted at once). Several edits of one field keep their order. */
  enqueue(itemId: string, answer: Answer): OutboxEntry {
    const entry: OutboxEntry = {
      opId: this.ports.newOpId(),
      appId: this.appId,
      itemId,
      value: answer.value,
      ...(answer.explanation ? { explanation: answer.explanation } : {}),
      baseVersion: this.state.versions[itemId] ?? 0
    }
    this.state.outbox.push(entry)
    this.save()
    return entry
  }

  /** Sends the outbox in batches; stops at the first network failure and schedules a retry with backoff. */
  flush(force = false): Promise<void> {
    if (!force && this.ports.now() < this.state.nextAttemptAt) return Promise.resolve()
    this.flushing ??= this.flushLoop().finally(() => {
      this.flushing = null
    })
    return this.flushing
  }

  private async flushLoop(): Promise<void> {
    while (this.state.outbox.length > 0) {
      const batch = this.state.outbox.slice(0, BATCH)
      let r: CloudResult<{ results: any[] }>
      try {
        r = await this.ports.call('patchAnswers', {
          appId: this.appId,
          ops: batch.map((e) => ({ opId: e.opId, itemId: e.itemId, value: e.value, baseVersion: e.baseVersion, ...(e.explanation ? { explanation: e.explanation } : {}) }))
        })
      } catch {
        r = { ok: false, error: { code: 'NETWORK', message: '' } }
      }
      if (!r.ok) {
        this.state.failures++
        this.state.nextAttemptAt = this.ports.now() + BACKOFF_MS[Math.min(this.state.failures - 1, BACKOFF_MS.length - 1)]
        this.save()
        return
      }
      this.state.failures = 0
      this.state.nextAttemptAt = 0
      const done = new Set<string>()
      for (const res of r.data.results) {
        if (res.status === 'refused' && res.code === 'BUSY') continue
        done.add(res.opId)
        const entry = batch.find((e) => e.opId === res.opId)
        if (res.status === 'accepted' || res.status === 'conflict') {
          this.state.versions[res.itemId] = Math.max(this.state.versions[res.itemId] ?? 0, res.version)
          // Later queued edits of the same field are based on this write.
          for (const e of this.state.outbox) if (e.itemId === res.itemId && !done.has(e.opId)) e.baseVersion = res.version
          if (res.status === 'conflict') this.state.conflicts.push({ itemId: res.itemId, keptValue: entry?.value, lostValue: res.otherValue, otherOpenid: res.otherOpenid })
        } else {
          this.state.refused.push({ itemId: res.itemId, code: res.code, message: (res.messages ?? []).join('；') || res.code })
        }
      }
      this.state.outbox = this.state.outbox.filter((e) => !done.has(e.opId))
      this.save()
      if (done.size === 0) return
    }
  }

  /**
   * Fetches changes since the last pull. Fields with an unsent local edit keep the local value (it will be
   * sent on top of the new version, and the server reports a conflict if someone else changed it).
   */
  async pull(): Promise<{ answers: Record<string, Answer>; conflicts: ConflictNote[] } | null> {
    const answers: Record<string, Answer> = {}
    const conflicts: ConflictNote[] = []
    for (let page = 0; page < 50; page++) {
      let r: CloudResult<any>
      try {
        r = await this.ports.call('pullAnswers', { appId: this.appId, since: this.state.seq })
      } catch {
        return null
      }
      if (!r.ok) return null
      for (const f of r.data.fields) {
        this.state.versions[f.itemId] = f.version
        if (!this.state.outbox.some((e) => e.itemId === f.itemId)) answers[f.itemId] = { value: f.value, ...(f.explanation ? { explanation: f.explanation } : {}) }
      }
      for (const c of r.data.conflicts) conflicts.push({ itemId: c.itemId, keptValue: c.keptValue, lostValue: c.lostValue, otherOpenid: c.otherOpenid })
      this.state.seq = r.data.seq
      if (!r.data.more) break
    }
    this.state.conflicts.push(...conflicts)
    this.save()
    return { answers, conflicts }
  }
}
