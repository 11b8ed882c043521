/**
 * A list question in the chat holds the list's entries in its pending state (“再加一条” appends to them). A list of
 * thousands of entries would fill the chat history's storage budget (deviceStore.ts CHAT_BUDGET_BYTES) and then
 * WeChat's 1 MB per key. So the saved chat keeps only the entries the answers on the device do not already hold
 * (new ones, not yet written), and reading the chat back takes the rest from those answers.
 */
import type { ChatState, Pending } from '../chat'
import type { Answer } from '../rules'
import { entriesOf } from '../rules/listParts'

type ListPending = Extract<Pending, { kind: 'list' }>
type Entry = ListPending['entries'][number]
/** A list pending as saved: `fromAnswers` says the entries stored in the answers were left out. */
type SavedList = ListPending & { fromAnswers?: true }

const storedEntries = (answers: Readonly<Record<string, Answer>>, itemId: string | null): Entry[] => (itemId ? entriesOf(answers[itemId]) : [])

const same = (a: Entry, b: Entry | undefined) => b !== undefined && JSON.stringify(a) === JSON.stringify(b)

function compact(p: Pending | null | undefined, stored: Entry[]): Pending | null | undefined {
  if (!p || p.kind !== 'list' || stored.length === 0) return p
  // Only a pending list that still holds every stored entry (the chat appends to the list): anything else (a list
  // being filled again from the start) is saved as it is.
  const held = new Set(p.entries.map((e) => e.id))
  if (!stored.every((e) => held.has(e.id))) return p
  const byId = new Map(stored.map((e) => [e.id, e]))
  const saved: SavedList = { ...p, entries: p.entries.filter((e) => !same(e, byId.get(e.id))), fromAnswers: true }
  return saved
}

function expand(p: Pending | null | undefined, stored: Entry[]): Pending | null | undefined {
  if (!p || p.kind !== 'list' || !(p as SavedList).fromAnswers) return p
  const { fromAnswers: _from, ...rest } = p as SavedList
  const own = new Map(rest.entries.map((e) => [e.id, e]))
  const entries = [...stored.map((e) => own.get(e.id) ?? e), ...rest.entries.filter((e) => !stored.some((s) => s.id === e.id))]
  return { ...rest, entries }
}

function mapLists(state: ChatState, answers: Readonly<Record<string, Answer>>, f: typeof compact): ChatState {
  const drafts = state.drafts ? Object.fromEntries(Object.entries(state.drafts).map(([id, p]) => [id, f(p, storedEntries(answers, id)) as Pending])) : undefined
  return { ...state, pending: f(state.pending, storedEntries(answers, state.cursor)) ?? null, ...(drafts ? { drafts } : {}) }
}

/** The chat as saved: list entries already in the answers left out. */
export const compactChat = (state: ChatState, answers: Readonly<Record<string, Answer>>) => mapLists(state, answers, compact)
/** The chat as read back: list entries filled in from the answers on the device. */
export const expandChat = (state: ChatState, answers: Readonly<Record<string, Answer>>) => mapLists(state, answers, expand)
