/**
 * Device-first storage: every accepted answer is written here before anything else happens, so it
 * survives a reload, an app kill or a lost network. The key-value port is Taro storage in the app
 * (wx.setStorageSync in the weapp, localStorage in H5) and a Map in tests.
 */
import type { ChatState, Write } from '../chat'
import type { Answer } from '../rules'

export interface KeyValue {
  get(key: string): string | null
  set(key: string, value: string): void
}

/** Keys are per application, so one phone can fill several applications. */
const answersKey = (appId: string) => `cluster-declare.${appId}.answers.v1`
const chatKey = (appId: string) => `cluster-declare.${appId}.chat.v1`
/** Chat history kept on the device; older turns are dropped (answers are kept separately, in full). */
export const KEPT_TURNS = 800

export interface DeviceStore {
  answers(): Record<string, Answer>
  /** Applies writes and persists them at once; returns the new answers. */
  apply(writes: readonly Write[]): Record<string, Answer>
  chat(): ChatState | null
  saveChat(state: ChatState): void
}

function parse<T>(raw: string | null): T | null {
  if (raw === null || raw === '') return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

export function createDeviceStore(kv: KeyValue, appId: string): DeviceStore {
  const ANSWERS = answersKey(appId)
  const CHAT = chatKey(appId)
  let cache: Record<string, Answer> | null = null
  const load = () => (cache ??= parse<Record<string, Answer>>(kv.get(ANSWERS)) ?? {})
  return {
    answers: () => ({ ...load() }),
    apply(writes) {
      if (writes.length === 0) return { ...load() }
      const next = { ...load() }
      for (const w of writes) next[w.itemId] = w.answer
      kv.set(ANSWERS, JSON.stringify(next)) // before the in-memory copy changes: storage is the truth
      cache = next
      return { ...next }
    },
    chat: () => parse<ChatState>(kv.get(CHAT)),
    saveChat(state) {
      const turns = state.turns.length > KEPT_TURNS ? state.turns.slice(-KEPT_TURNS) : state.turns
      kv.set(CHAT, JSON.stringify({ ...state, turns }))
    }
  }
}
