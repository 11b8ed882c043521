/**
 * One application's sync session on this phone: answer → device → outbox → flush → notices.
 * The chat page only renders what this module decides.
 *
 * - Device first: answers go into the device store before the outbox and before any network call.
 * - A write the device refuses (storage full) never throws into the page: the answer stays in memory and in
 *   the outbox, `storageError` holds the Chinese message, and every later answer, flush or retry() writes
 *   it again.
 * - Notices: the sync client records refusals and conflicts from every flush and pull, foreground or
 *   background. The session keeps, on the device, how many of each list have been shown, so each one is
 *   shown exactly once (takeNotices), whichever flush produced it.
 */
import type { Write } from '../chat'
import { ERROR_MESSAGES } from '../errors'
import type { Answer } from '../rules'
import { entriesOf, foldPulled, isHeadOfParts, itemOfKey, listWrites, parsePartKey, storedEntry, type ListOrder } from '../rules/listParts'
import { photoRefs } from './photoRefs'
import { parse, type DeviceStore, type KeyValue } from './deviceStore'
import type { PullResult, SyncClient } from './syncClient'

export interface Notice {
  itemId: string
  text: string
}

export interface SessionPorts {
  store: DeviceStore
  sync: Pick<SyncClient, 'enqueueAll' | 'flush' | 'pull' | 'restartPull' | 'unsynced' | 'snapshot'>
  kv: KeyValue
  /** The item's label as printed, for the notice text. */
  labelOf: (itemId: string) => string
  /** Itemised lists are sent and pulled in parts (src/rules/listParts.ts). */
  isList: (itemId: string) => boolean
  /** An answer as the member reads it (src/chat/format.ts), for the notice that someone else changed it. */
  shown?: (itemId: string, answer: Answer) => string
}

const cursorKey = (appId: string) => `cluster-declare.${appId}.notices.v1`
/** Notices found by a pull and not shown yet (photos removed, answers changed by others). */
const pulledKey = (appId: string) => `cluster-declare.${appId}.pulledNotices.v1`
/** Lists this device has sent whole in parts once (after that, only changed entries go). */
const partsKey = (appId: string) => `cluster-declare.${appId}.listsInParts.v1`
/** Where each list entry stands in the cloud's order. */
const orderKey = (appId: string) => `cluster-declare.${appId}.listOrder.v1`
/** Items whose value in force this member wrote (on any phone): a change by someone else is told once. */
const mineKey = (appId: string) => `cluster-declare.${appId}.mine.v1`

/** JSON with keys sorted: two records with the same content compare equal whatever order their keys came in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
  return JSON.stringify(v ?? null)
}

export const refusedText = (label: string, reason: string) => `云端未保存“${label}”：${reason}`
/** A value short enough to quote in a notice: text, or a list entry's first column. */
function quoted(value: unknown): string | null {
  const entry = (value as { entry?: { fields?: Record<string, unknown> } } | null)?.entry
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : entry?.fields ? String(Object.values(entry.fields)[0] ?? '') : ''
  return text !== '' && text.length <= 40 ? text : null
}

/** Two members changed one answer (or one list entry) at the same time: who, whose value stands, what was replaced. */
export function conflictText(label: string, note: { otherName?: string | null; won?: boolean; lostValue?: unknown } = {}): string {
  const who = note.otherName ?? '其他成员'
  const lost = quoted(note.lostValue)
  if (note.won === true) return `“${label}”：${who}同时修改了这一项，已按您的填写保存；${who}的填写${lost ? `“${lost}”` : ''}已被替换，请与${who}核对。`
  if (note.won === false) return `“${label}”：${who}同时修改了这一项，已按${who}的填写保存；您的填写${lost ? `“${lost}”` : ''}已被替换，请核对。`
  return `“${label}”同时被其他成员修改：已保存最新的填写，请核对。`
}
/** Someone else changed an answer this member wrote (not at the same time: that is a conflict, told as one). */
export function changedByOthersText(label: string, names: readonly (string | null)[], change: { shown: string; was?: string } | { entries: number }): string {
  const known = [...new Set(names.map((n) => n ?? '其他成员'))]
  const who = known.join('、')
  const what = 'shown' in change ? `“${label}”，现为：${change.shown}${change.was ? `；原为：${change.was}` : ''}` : `“${label}”中的 ${change.entries} 条`
  return `${who}修改了您填写的${what}。如有疑问，请与${known.length === 1 ? who : '他们'}核对。`
}
export const photosRemovedText = (label: string, n: number) => `“${label}”有 ${n} 张佐证照片已被删除（由其他成员或平台内容检查）；如仍需要，请到“佐证材料”重新拍照。`


export class SyncSession {
  private shown: { conflicts: number; refused: number }
  private outboxUnsaved = false
  private listeners = new Set<() => void>()
  private listsInParts: Set<string>
  /** The lists' order as the cloud has it (src/rules/listParts.ts ListOrder), kept on the device. */
  private order: ListOrder
  /** Never kept on this phone (new, or from before it was kept): the next pull reads everything once. */
  private orderUnknown: boolean
  /** Items whose value in force this member wrote (mineKey). */
  private mine: Set<string>

  constructor(
    private readonly ports: SessionPorts,
    readonly appId: string
  ) {
    const saved = parse<Partial<{ conflicts: number; refused: number }>>(ports.kv.get(cursorKey(appId))) ?? {}
    this.shown = { conflicts: Number(saved.conflicts) || 0, refused: Number(saved.refused) || 0 }
    const lists = parse<unknown>(ports.kv.get(partsKey(appId)))
    this.listsInParts = new Set(Array.isArray(lists) ? lists.filter((x): x is string => typeof x === 'string') : [])
    const order = parse<unknown>(ports.kv.get(orderKey(appId)))
    this.orderUnknown = order === null || typeof order !== 'object'
    this.order = this.orderUnknown ? {} : (order as ListOrder)
    const mine = parse<unknown>(ports.kv.get(mineKey(appId)))
    this.mine = new Set(Array.isArray(mine) ? mine.filter((x): x is string => typeof x === 'string') : [])
  }

  /** Writes one of the session's own keys; false when the device refused (each caller says what that costs). */
  private keep(key: string, value: unknown): boolean {
    try {
      this.ports.kv.set(key, JSON.stringify(value))
      return true
    } catch {
      return false
    }
  }

  get answers(): Record<string, Answer> {
    return this.ports.store.answers()
  }

  get unsynced(): number {
    return this.ports.sync.unsynced
  }

  /** The message to show while something is held only in memory, else null. */
  get storageError(): string | null {
    return this.ports.store.unsaved > 0 || this.outboxUnsaved ? ERROR_MESSAGES.STORAGE_FULL : null
  }

  /** Called after anything a page shows may have changed (unsynced count, notices, storage). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(): void {
    for (const l of this.listeners) l()
  }

  /** Device, then outbox. Never throws; returns the answers now in force. */
  record(writes: readonly Write[]): Record<string, Answer> {
    const before = this.ports.store.answers()
    const next = this.ports.store.apply(writes)
    for (const w of writes) {
      try {
        this.ports.sync.enqueueAll(this.opsOf(w, before))
      } catch {
        // The sync client queued the entries in memory before its save failed; its next save writes them.
        this.outboxUnsaved = true
      }
      before[w.itemId] = w.answer
    }
    this.markMine(writes.map((w) => w.itemId))
    // No change event here: the caller renders the answer itself (a notice taken now would race its render).
    return next
  }

  /** What one answer sends: itself, or for a list its changed entries and head (every entry the first time). */
  private opsOf(w: Write, before: Record<string, Answer>): { itemId: string; answer: Answer }[] {
    if (!this.ports.isList(w.itemId)) return [{ itemId: w.itemId, answer: w.answer }]
    const first = !this.listsInParts.has(w.itemId)
    const ops = listWrites(w.itemId, before[w.itemId], w.answer, first)
    if (first) this.markInParts([w.itemId])
    return ops
  }

  private keepOrder(order: ListOrder): void {
    this.order = order
    // Not kept: the next start reads everything once more to learn it.
    if (this.keep(orderKey(this.appId), order)) this.orderUnknown = false
  }

  private markInParts(itemIds: string[]): void {
    for (const id of itemIds) this.listsInParts.add(id)
    // Not kept: the next start sends such a list whole once more, which stores the same entries again.
    this.keep(partsKey(this.appId), [...this.listsInParts])
  }

  /** Writes again whatever the device refused earlier; true when nothing is held only in memory. */
  async retryStorage(): Promise<boolean> {
    const before = this.storageError
    this.ports.store.retry()
    // A forced flush always ends with the sync client saving its state (after a reply or a network failure).
    if (this.outboxUnsaved) await this.flush(true)
    else if (before !== this.storageError) this.changed()
    return this.storageError === null
  }

  /** Sends the outbox (force: ignore the backoff). Network and storage failures are absorbed. */
  async flush(force = false): Promise<void> {
    try {
      await this.ports.sync.flush(force)
      // With entries queued, a forced flush has saved the client's state: nothing is held only in memory.
      if (force) this.outboxUnsaved = false
    } catch {
      this.outboxUnsaved = true // the client's save threw: storage full
    }
    this.changed()
  }

  /** Sends, then pulls what others changed into the device store; returns the merged answers, or null. */
  async syncNow(): Promise<Record<string, Answer> | null> {
    await this.flush(true)
    // A phone that has never kept the lists' order (new, or from before it was kept) reads everything once.
    if (this.orderUnknown) this.ports.sync.restartPull()
    let merged: Record<string, Answer> | null = null
    try {
      const pulled = await this.ports.sync.pull()
      if (pulled && Object.keys(pulled.answers).length > 0) {
        // Lists arrive in parts: folded into the lists this device holds.
        const held = this.ports.store.answers()
        const { answers: folded, order } = foldPulled(held, pulled.answers, this.order)
        this.keepOrder(order)
        this.notePhotosRemoved(held, folded)
        this.noteChangedByOthers(held, pulled)
        // A head the cloud holds without entries: the list is in parts already, nothing to send whole.
        const inParts = Object.keys(pulled.answers).filter((id) => this.ports.isList(id) && isHeadOfParts(pulled.answers[id]))
        if (inParts.length > 0) this.markInParts(inParts)
        merged = this.ports.store.apply(Object.entries(folded).map(([itemId, answer]) => ({ itemId, answer })))
      }
    } catch {
      this.outboxUnsaved = true
    }
    this.changed()
    return merged
  }

  /** Adds items to (and takes `gone` from) the member's own; keeps the set when it changed. */
  private markMine(itemIds: readonly string[], gone: readonly string[] = []): void {
    for (const id of gone) this.mine.delete(id)
    const fresh = itemIds.filter((id) => !this.mine.has(id))
    if (fresh.length === 0 && gone.length === 0) return
    for (const id of fresh) this.mine.add(id)
    // Not kept: a change by someone else to these items is then not told (the answer itself is right).
    this.keep(mineKey(this.appId), [...this.mine])
  }

  /**
   * Answers this member wrote that someone else changed since: told once per pull (a list by how many entries), and
   * the item is no longer theirs until they change it again. Changes made at the same time are told as conflicts.
   */
  private noteChangedByOthers(before: Record<string, Answer>, pulled: PullResult): void {
    const conflicted = new Set(pulled.conflicts.map((c) => itemOfKey(c.itemId)))
    const changed = new Map<string, { names: (string | null)[]; keys: string[] }>()
    const mineNow: string[] = []
    for (const [key, b] of Object.entries(pulled.by)) {
      const itemId = itemOfKey(key)
      if (b.mine) mineNow.push(itemId)
      else if (this.mine.has(itemId) && !conflicted.has(itemId) && !this.unchanged(before, key, pulled.answers[key])) {
        const c = changed.get(itemId) ?? { names: [], keys: [] }
        c.names.push(b.name)
        c.keys.push(key)
        changed.set(itemId, c)
      }
    }
    const found: Notice[] = []
    for (const [itemId, c] of changed) {
      const label = this.ports.labelOf(itemId)
      const entries = c.keys.filter((k) => k !== itemId).length
      const whole = pulled.answers[itemId]
      // A list: its entries; a head changed alone (无, an explanation) is told as the answer.
      const shown = (a: Answer | undefined) => (a && this.ports.shown ? this.ports.shown(itemId, a) : undefined)
      const change = this.ports.isList(itemId) && entries > 0 ? { entries } : { shown: shown(whole) ?? '（请在“按表格查看”中查看）', was: shown(before[itemId]) }
      found.push({ itemId, text: changedByOthersText(label, c.names, change) })
    }
    if (found.length > 0) this.keep(pulledKey(this.appId), [...this.pulledNotices(), ...found])
    // Told once: the value is theirs now, until this member changes it again.
    this.markMine(mineNow, [...changed.keys()])
  }

  /** A pulled record that says what this device already held (a pull read again from the start, a head re-stored). */
  private unchanged(before: Record<string, Answer>, key: string, pulled: Answer): boolean {
    const part = parsePartKey(key)
    if (part) return canonical(entriesOf(before[part.itemId]).find((e) => e.id === part.entryId) ?? null) === canonical(storedEntry(pulled.value)?.entry ?? null)
    // A list's head: its own parts (无, explanation, photos), not the entries it holds here.
    const head = (a: Answer | undefined) => (a && this.ports.isList(key) && a.value && typeof a.value === 'object' ? { ...a, value: { ...(a.value as object), entries: [] } } : a)
    return canonical(head(before[key]) ?? null) === canonical(head(pulled) ?? null)
  }

  /** Photos that were on this device's answers and are gone from what others changed: the member is told once. */
  private notePhotosRemoved(before: Record<string, Answer>, changed: Record<string, Answer>): void {
    const found: Notice[] = []
    for (const [itemId, answer] of Object.entries(changed)) {
      const now = photoRefs(answer)
      const gone = [...photoRefs(before[itemId])].filter((r) => !now.has(r)).length
      if (gone > 0) found.push({ itemId, text: photosRemovedText(this.ports.labelOf(itemId), gone) })
    }
    // Not kept: the photos are still shown as missing on 佐证材料.
    if (found.length > 0) this.keep(pulledKey(this.appId), [...this.pulledNotices(), ...found])
  }

  private pulledNotices(): Notice[] {
    const v = parse<unknown>(this.ports.kv.get(pulledKey(this.appId)))
    return Array.isArray(v) ? (v as Notice[]) : []
  }

  /** Refusals, conflicts and photos removed by others, not shown yet, oldest first; each is returned once. */
  takeNotices(): Notice[] {
    const { conflicts, refused } = this.ports.sync.snapshot
    // A list shorter than the cursor was trimmed by the sync client: start again from its beginning.
    const fromC = this.shown.conflicts <= conflicts.length ? this.shown.conflicts : 0
    const fromR = this.shown.refused <= refused.length ? this.shown.refused : 0
    const notices: Notice[] = [
      ...refused.slice(fromR).map((n) => ({ itemId: itemOfKey(n.itemId), text: refusedText(this.ports.labelOf(itemOfKey(n.itemId)), n.message) })),
      ...conflicts.slice(fromC).map((n) => ({ itemId: itemOfKey(n.itemId), text: conflictText(this.ports.labelOf(itemOfKey(n.itemId)), n) }))
    ]
    const pulled = this.pulledNotices()
    if (pulled.length > 0) {
      notices.push(...pulled)
      // Not cleared: shown once more after a restart, which is better than never.
      this.keep(pulledKey(this.appId), [])
    }
    this.shown = { conflicts: conflicts.length, refused: refused.length }
    // Not saved: after a restart these may be shown once more, which is better than never.
    if (notices.length > 0) this.keep(cursorKey(this.appId), this.shown)
    return notices
  }
}
