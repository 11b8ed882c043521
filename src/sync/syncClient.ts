/**
 * Local-first sync: every answer goes into an outbox on the device before any network call; the outbox is
 * flushed in batches (idempotent opIds, the field version each edit was based on), retried with exponential
 * backoff, and pulls merge other people's changes. Pure: storage, transport, clock and ids are ports.
 */
import { MAX_EVENT_BYTES, MAX_OP_BYTES, utf8Length } from '../cloud/limits'
import { ERROR_MESSAGES, type CloudResult, type ErrorCode } from '../errors'
import { answerOf, type Answer } from '../rules/answerShape'
import type { KeyValue } from './deviceStore'

export interface OutboxEntry {
  opId: string
  appId: string
  itemId: string
  value: unknown
  explanation?: string
  evidence?: string[]
  baseVersion: number
  /** Set once the server said the opId was used for other content and the entry got a fresh one. */
  renewed?: true
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
  /** The colleague whose value was replaced or kept, by name (the cloud never sends openids). */
  otherName: string | null
  /** True: this phone's write replaced the colleague's; false: the colleague's replaced this member's (pulled notice). */
  won?: boolean
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
  /**
   * A failure that is not the network (the function is missing, permission, not a member any more…): the
   * outbox is kept but only sent again when asked (flush(true)), never retried on a timer.
   */
  stalled?: { code: string; message: string } | null
  /** After restartPull: conflict notices up to this change number were received before. */
  replayUntil?: number
}

/** Operations per call, and bytes per call: one call stays well inside the router's timeout and WeChat's size limit. */
export const BATCH = 20
export const BATCH_BYTES = 64 * 1024
/** Only these are retried on a timer: the request may not have reached the server, or it was briefly overloaded. */
const RETRYABLE: ReadonlySet<string> = new Set<ErrorCode>(['NETWORK', 'BUSY', 'TIMEOUT', 'QUOTA', 'INTERNAL'])
const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000, 60000]

const key = (appId: string) => `cluster-declare.sync.${appId}.v1`

/** What a pull brought: the answers (keyed as stored: list entries by part key), conflicts, and who wrote each. */
export interface PullResult {
  answers: Record<string, Answer>
  conflicts: ConflictNote[]
  /** Per pulled key: written by this member (from any phone), and the writer's name. */
  by: Record<string, { mine: boolean; name: string | null }>
}

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
    return this.enqueueAll([{ itemId, answer }])[0]
  }

  /** Queues several answers with one save (a list's entries: thousands of saves would each rewrite the outbox). */
  enqueueAll(writes: readonly { itemId: string; answer: Answer }[]): OutboxEntry[] {
    const entries = writes.map(
      (w): OutboxEntry => ({ opId: this.ports.newOpId(), appId: this.appId, itemId: w.itemId, ...answerOf(w.answer), baseVersion: this.state.versions[w.itemId] ?? 0 })
    )
    this.state.outbox.push(...entries)
    this.save()
    return entries
  }

  /** Sends the outbox in batches; stops at the first failure and schedules a retry with backoff when it may help. */
  flush(force = false): Promise<void> {
    if (!force && (this.ports.now() < this.state.nextAttemptAt || this.state.stalled)) return Promise.resolve()
    if (force) this.state.stalled = null
    this.flushing ??= this.flushLoop().finally(() => {
      this.flushing = null
    })
    return this.flushing
  }

  private opOf(e: OutboxEntry) {
    return { opId: e.opId, itemId: e.itemId, ...answerOf(e), baseVersion: e.baseVersion }
  }

  private refuse(entry: OutboxEntry, code: ErrorCode, message?: string): void {
    this.state.refused.push({ itemId: entry.itemId, code, message: message ?? ERROR_MESSAGES[code] })
    this.state.outbox = this.state.outbox.filter((e) => e.opId !== entry.opId)
  }

  /** The next batch: at most `limit` ops and BATCH_BYTES; an op too large for any call is refused here. */
  private nextBatch(limit: number): OutboxEntry[] {
    const batch: OutboxEntry[] = []
    let bytes = 0
    for (const e of [...this.state.outbox]) {
      const size = utf8Length(JSON.stringify(this.opOf(e)))
      if (size > MAX_OP_BYTES || size > MAX_EVENT_BYTES - 1024) {
        this.refuse(e, 'VALUE_TOO_LARGE')
        continue
      }
      if (batch.length > 0 && (batch.length >= limit || bytes + size > BATCH_BYTES)) break
      batch.push(e)
      bytes += size
    }
    return batch
  }

  private backoff(): void {
    this.state.failures++
    this.state.nextAttemptAt = this.ports.now() + BACKOFF_MS[Math.min(this.state.failures - 1, BACKOFF_MS.length - 1)]
  }

  private async flushLoop(): Promise<void> {
    let limit = BATCH
    while (this.state.outbox.length > 0) {
      const batch = this.nextBatch(limit)
      if (batch.length === 0) break
      let r: CloudResult<{ results: any[] }>
      try {
        r = await this.ports.call('patchAnswers', { appId: this.appId, ops: batch.map((e) => this.opOf(e)) })
      } catch {
        r = { ok: false, error: { code: 'NETWORK', message: ERROR_MESSAGES.NETWORK } }
      }
      if (!r.ok) {
        const code = r.error.code
        if ((code === 'PAYLOAD_TOO_LARGE' || code === 'TIMEOUT') && batch.length > 1) {
          limit = Math.max(1, Math.floor(batch.length / 2)) // split and try again at once
          continue
        }
        if (code === 'PAYLOAD_TOO_LARGE') {
          this.refuse(batch[0], 'VALUE_TOO_LARGE') // one op alone is too large: never retried
          continue
        }
        if (RETRYABLE.has(code)) this.backoff()
        else this.state.stalled = { code, message: r.error.message }
        this.save()
        return
      }
      this.state.failures = 0
      this.state.nextAttemptAt = 0
      const done = new Set<string>()
      let busy = false
      let renewed = false
      for (const res of r.data.results) {
        const entry = batch.find((e) => e.opId === res.opId)
        if (!entry || done.has(res.opId)) continue
        if (res.status === 'refused' && res.code === 'BUSY') {
          busy = true
          continue
        }
        if (res.status === 'refused' && res.code === 'OP_ID_REUSED' && !entry.renewed) {
          // The server holds other content under this opId: send this answer again under a new one.
          entry.opId = this.ports.newOpId()
          entry.renewed = true
          renewed = true
          continue
        }
        done.add(res.opId)
        if (res.status === 'accepted' || res.status === 'conflict') {
          this.state.versions[res.itemId] = Math.max(this.state.versions[res.itemId] ?? 0, res.version)
          // Later queued edits of the same field are based on this write.
          for (const e of this.state.outbox) if (e.itemId === res.itemId && !done.has(e.opId)) e.baseVersion = res.version
          if (res.status === 'conflict') this.state.conflicts.push({ itemId: res.itemId, keptValue: entry.value, lostValue: res.otherValue, otherName: res.otherName ?? null, won: true })
        } else {
          const code = res.code as ErrorCode
          this.state.refused.push({ itemId: res.itemId, code, message: (res.messages ?? []).join('；') || ERROR_MESSAGES[code] || code })
        }
      }
      this.state.outbox = this.state.outbox.filter((e) => !done.has(e.opId))
      // Nothing settled (busy, or an answer that names none of the ops): try again later, not in a loop.
      const stuck = busy || (done.size === 0 && !renewed)
      if (stuck) this.backoff()
      this.save()
      if (stuck) return
    }
    this.save()
  }

  /**
   * The next pull reads every change from the start (answers with unsent edits still keep the local value);
   * conflict notices already received are not taken again.
   */
  restartPull(): void {
    this.state.replayUntil = Math.max(this.state.replayUntil ?? 0, this.state.seq)
    this.state.seq = 0
    this.save()
  }

  /**
   * Fetches changes since the last pull. Fields with an unsent local edit keep the local value (it will be
   * sent on top of the new version, and the server reports a conflict if someone else changed it).
   */
  async pull(): Promise<PullResult | null> {
    const answers: Record<string, Answer> = {}
    const by: PullResult['by'] = {}
    const conflicts: ConflictNote[] = []
    // A list of thousands of entries arrives a hundred entries a page (src/rules/listParts.ts).
    for (let page = 0; page < 200; page++) {
      let r: CloudResult<any>
      try {
        r = await this.ports.call('pullAnswers', { appId: this.appId, since: this.state.seq })
      } catch {
        return null
      }
      if (!r.ok) return null
      for (const f of r.data.fields) {
        this.state.versions[f.itemId] = f.version
        if (this.state.outbox.some((e) => e.itemId === f.itemId)) continue
        answers[f.itemId] = answerOf(f)
        by[f.itemId] = { mine: f.byMe === true, name: typeof f.updatedByName === 'string' ? f.updatedByName : null }
      }
      for (const c of r.data.conflicts) if (c.seq > (this.state.replayUntil ?? 0)) conflicts.push({ itemId: c.itemId, keptValue: c.keptValue, lostValue: c.lostValue, otherName: c.otherName ?? null, won: false })
      this.state.seq = r.data.seq
      if (!r.data.more) break
    }
    this.state.conflicts.push(...conflicts)
    this.save()
    return { answers, conflicts, by }
  }
}
