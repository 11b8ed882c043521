/**
 * Device-first storage: every accepted answer is written here before anything else happens, so it
 * survives a reload, an app kill or a lost network. The key-value port is Taro storage in the app
 * (wx.setStorageSync in the weapp, localStorage in H5) and a Map in tests.
 *
 * WeChat allows 1 MB per key and 10 MB per user, and a failed write throws
 * (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html). So answers are kept
 * per section (a send rewrites one small key, and no key grows with the whole application), the chat
 * history is trimmed to a byte budget, and a write that fails is kept in memory and retried instead of
 * being lost or thrown into the page.
 */
import type { ChatState, Write } from '../chat'
import { FORM } from '../form'
import type { Answer } from '../rules'
import { utf8Length } from '../cloud/limits'
import { compactChat, expandChat } from './chatLists'
import { entriesOf } from '../rules/listParts'

export interface KeyValue {
  get(key: string): string | null
  /** Throws when the device refuses the write (storage full). */
  set(key: string, value: string): void
}

/** Keys are per application, so one phone can fill several applications. */
const legacyAnswersKey = (appId: string) => `cluster-declare.${appId}.answers.v1`
const sectionKey = (appId: string, section: string) => `cluster-declare.${appId}.answers.${section}.v2`
const chatKey = (appId: string) => `cluster-declare.${appId}.chat.v1`
const typingKey = (appId: string) => `cluster-declare.${appId}.typing.v1`
/** Chat history kept on the device; older turns are dropped (answers are kept separately, in full). */
export const KEPT_TURNS = 800
/** The chat history key stays under this many UTF-8 bytes: a quarter of WeChat's 1 MB per key. */
export const CHAT_BUDGET_BYTES = 256 * 1024

const SECTION_IDS: string[] = FORM.sections.map((s) => s.id)
/** An item id starts with its section id (`s2.totalOutput`, `cover.region`). */
export const sectionOfItem = (itemId: string) => itemId.slice(0, itemId.indexOf('.') >>> 0)

export interface DeviceStore {
  answers(): Record<string, Answer>
  /**
   * Applies writes and persists the sections they touch at once; returns the new answers. Never throws: a
   * section the device refused stays in memory (`unsaved`) and is written again by the next apply or retry().
   */
  apply(writes: readonly Write[]): Record<string, Answer>
  /** Writes the sections still waiting; true when nothing is left unsaved. */
  retry(): boolean
  /** Sections held only in memory because the device refused to store them. */
  readonly unsaved: number
  chat(): ChatState | null
  /** Saves the history trimmed to its turn and byte budgets; false when the device refused it. */
  saveChat(state: ChatState): boolean
  /** What is typed in the input bar and not sent yet, for the question it was typed for. */
  typing(): TypingDraft | null
  /** Keeps (or, with null, clears) the unsent text; false when the device refused it. */
  saveTyping(draft: TypingDraft | null): boolean
}

/** Text typed and not sent: a reload, a call or WeChat closing the page does not lose it. */
export interface TypingDraft {
  /** The item the question was about (null: the chat had no open question). */
  itemId: string | null
  text: string
}

/** A stored JSON value, or null when absent, emptied or unreadable (the session's own keys read the same way). */
export function parse<T>(raw: string | null): T | null {
  if (raw === null || raw === '') return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

/** UTF-8 byte length of a string (the same count the cloud's size limits use). */
export const utf8Bytes = utf8Length

/** The newest turns whose JSON fits the byte budget (with the rest of the state), at most KEPT_TURNS. */
export function trimHistory(state: ChatState, budget = CHAT_BUDGET_BYTES): ChatState {
  let used = utf8Bytes(JSON.stringify({ ...state, turns: [] }))
  let from = state.turns.length
  const floor = Math.max(0, state.turns.length - KEPT_TURNS)
  while (from > floor) {
    const bytes = utf8Bytes(JSON.stringify(state.turns[from - 1])) + 1 // + the comma
    if (used + bytes > budget) break
    used += bytes
    from--
  }
  return from === 0 ? state : { ...state, turns: state.turns.slice(from) }
}

/** Entries per storage key of a long list: 500 patents are about 125 KB, far under WeChat's 1 MB per key. */
export const LIST_CHUNK = 500
/** The section's record of which lists live in chunk keys, and how many. */
const CHUNKS = '#chunks'
const chunkKey = (itemId: string, k: number) => `${itemId}.${k}`

/**
 * A section as stored: lists longer than LIST_CHUNK keep `entries: []` in the section and their entries in chunk
 * keys (a 5,000-entry list is about 1.25 MB: more than one key may hold).
 */
function chunkLists(part: Record<string, Answer>): { section: Record<string, unknown>; chunks: [string, string][] } {
  const section: Record<string, unknown> = { ...part }
  const chunks: [string, string][] = []
  const counts: Record<string, number> = {}
  for (const [itemId, a] of Object.entries(part)) {
    const entries = entriesOf(a)
    if (entries.length <= LIST_CHUNK) continue
    const n = Math.ceil(entries.length / LIST_CHUNK)
    for (let k = 0; k < n; k++) chunks.push([chunkKey(itemId, k), JSON.stringify(entries.slice(k * LIST_CHUNK, (k + 1) * LIST_CHUNK))])
    counts[itemId] = n
    section[itemId] = { ...a, value: { ...(a.value as object), entries: [] } }
  }
  if (chunks.length > 0) section[CHUNKS] = counts
  return { section, chunks }
}

export function createDeviceStore(kv: KeyValue, appId: string): DeviceStore {
  const CHAT = chatKey(appId)
  let cache: Record<string, Answer> | null = null
  const dirty = new Set<string>()
  /** Chunk keys as last written by this store: only a chunk that changed is written again. */
  const writtenChunks = new Map<string, string>()

  const writeSection = (all: Record<string, Answer>, section: string): boolean => {
    const part: Record<string, Answer> = {}
    for (const [id, a] of Object.entries(all)) if (sectionOfItem(id) === section) part[id] = a
    try {
      // Long lists go in keys of their own, LIST_CHUNK entries each, written before the section that names them.
      const chunked = chunkLists(part)
      for (const [key, text] of chunked.chunks) {
        const full = `${sectionKey(appId, section)}.${key}`
        if (writtenChunks.get(full) === text) continue // unchanged: an answer elsewhere in the section does not rewrite the list
        kv.set(full, text)
        writtenChunks.set(full, text)
      }
      kv.set(sectionKey(appId, section), JSON.stringify(chunked.section))
      dirty.delete(section)
      return true
    } catch {
      dirty.add(section)
      return false
    }
  }

  const readSection = (section: string): Record<string, Answer> => {
    const part = parse<Record<string, Answer> & { [CHUNKS]?: Record<string, number> }>(kv.get(sectionKey(appId, section))) ?? {}
    const chunks = part[CHUNKS]
    delete part[CHUNKS]
    if (chunks && typeof chunks === 'object') {
      for (const [itemId, n] of Object.entries(chunks)) {
        const entries: unknown[] = []
        for (let k = 0; k < n; k++) entries.push(...(parse<unknown[]>(kv.get(`${sectionKey(appId, section)}.${chunkKey(itemId, k)}`)) ?? []))
        const a = part[itemId]
        if (a) part[itemId] = { ...a, value: { ...(a.value as object), entries } }
      }
    }
    return part
  }

  const load = (): Record<string, Answer> => {
    if (cache) return cache
    const all: Record<string, Answer> = {}
    for (const s of SECTION_IDS) Object.assign(all, readSection(s))
    // One key for all answers (before per-section keys): moved over once, then emptied.
    const legacy = parse<Record<string, Answer>>(kv.get(legacyAnswersKey(appId)))
    if (legacy) {
      for (const [id, a] of Object.entries(legacy)) if (!(id in all)) all[id] = a
      const sections = new Set(Object.keys(legacy).map(sectionOfItem))
      let moved = true
      for (const s of sections) moved = writeSection(all, s) && moved
      if (moved) {
        try {
          kv.set(legacyAnswersKey(appId), '')
        } catch {
          // kept: read again next start
        }
      }
    }
    cache = all
    return all
  }

  return {
    answers: () => ({ ...load() }),
    apply(writes) {
      if (writes.length === 0) return { ...load() }
      const next = { ...load() }
      for (const w of writes) next[w.itemId] = w.answer
      cache = next // memory first: a refused write must not lose the answer
      for (const s of new Set([...writes.map((w) => sectionOfItem(w.itemId)), ...dirty])) writeSection(next, s)
      return { ...next }
    },
    retry() {
      const all = load()
      for (const s of [...dirty]) writeSection(all, s)
      return dirty.size === 0
    },
    get unsaved() {
      return dirty.size
    },
    chat: () => {
      const state = parse<ChatState>(kv.get(CHAT))
      return state && expandChat(state, load())
    },
    saveChat(state) {
      try {
        kv.set(CHAT, JSON.stringify(trimHistory(compactChat(state, load()))))
        return true
      } catch {
        return false
      }
    },
    typing() {
      const d = parse<TypingDraft>(kv.get(typingKey(appId)))
      return d && typeof d.text === 'string' && d.text !== '' ? d : null
    },
    saveTyping(draft) {
      try {
        kv.set(typingKey(appId), draft && draft.text !== '' ? JSON.stringify(draft) : '')
        return true
      } catch {
        return false
      }
    }
  }
}
