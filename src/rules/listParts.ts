/**
 * Itemised lists stored in parts. One list can hold thousands of entries (412 patents, each with photos), far
 * more than one answer may carry (src/cloud/limits.ts: one callFunction call, about 100 KB). So a list travels
 * and is stored as:
 *
 * - its **head** under the item id (`s4.patentList`): `none`, the explanation and photos of the answer itself,
 *   and `entries: []` (a head written before lists had parts may still hold entries: they are read first);
 * - one **part** per entry under `<itemId>@<entryId>`: the entry, or null once it is removed.
 *
 * Each part is versioned on its own, so two operators editing different patents never conflict, an edit
 * re-sends one entry instead of the whole list, and the history keeps entries, not copies of the list.
 * The cloud stores a part as `{at, entry}`: `at` is the application's change number when the entry was first
 * stored, which orders the list (an import keeps its row order, a later entry goes last).
 *
 * Pure and without imports beyond types: the sync session on the phone and the cloud handlers share it.
 */
import type { Answer } from './answerShape'
import type { ListEntry as Entry } from './values'

export const PART_SEPARATOR = '@'

/** At most this many entries in one list (an import refuses more; lists in parts have no size limit of one call). */
export const MAX_LIST_ENTRIES = 5000

/** What the cloud stores for a part that holds an entry. */
export interface StoredPart {
  at: number
  entry: Entry
}

export const partKey = (itemId: string, entryId: string) => `${itemId}${PART_SEPARATOR}${entryId}`

/** The list and entry of a part key, or null for an ordinary item id. */
export function parsePartKey(key: string): { itemId: string; entryId: string } | null {
  const at = key.indexOf(PART_SEPARATOR)
  if (at <= 0 || at === key.length - 1) return null
  return { itemId: key.slice(0, at), entryId: key.slice(at + 1) }
}

/** The item a stored key belongs to: the list for a part, else the key itself. */
export const itemOfKey = (key: string) => parsePartKey(key)?.itemId ?? key

/** A list answer's entries (none for anything else). */
export const entriesOf = (a: Answer | undefined): Entry[] => {
  const v = a?.value as { entries?: unknown } | null | undefined
  return v && Array.isArray(v.entries) ? (v.entries as Entry[]) : []
}

/** A head as lists in parts store it: an `entries` array, empty (the entries are parts). */
export const isHeadOfParts = (a: Answer): boolean => {
  const entries = (a.value as { entries?: unknown } | null)?.entries
  return Array.isArray(entries) && entries.length === 0
}

const headOf = (a: Answer): Answer => ({ ...a, value: { ...(a.value as object), entries: [] } })

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The writes that store `after` in parts, given what was stored before (`before`, as this device assembled
 * it): changed and new entries, removed entries as null, and the head when it changed. `all` sends every
 * entry and the head (the first write of a list from this device: a head that still holds entries is
 * emptied only with every entry sent as a part).
 */
export function listWrites(itemId: string, before: Answer | undefined, after: Answer, all: boolean): { itemId: string; answer: Answer }[] {
  const writes: { itemId: string; answer: Answer }[] = []
  const old = new Map(entriesOf(before).map((e) => [e.id, e]))
  const next = entriesOf(after)
  for (const e of next) if (all || !same(old.get(e.id), e)) writes.push({ itemId: partKey(itemId, e.id), answer: { value: e } })
  const kept = new Set(next.map((e) => e.id))
  for (const id of old.keys()) if (!kept.has(id)) writes.push({ itemId: partKey(itemId, id), answer: { value: null } })
  const head = headOf(after)
  if (all || before === undefined || !same(headOf(before), head)) writes.push({ itemId, answer: head })
  return writes
}

/** A stored part's entry, or null (removed, or not a part the cloud wrote). */
export function storedEntry(value: unknown): StoredPart | null {
  const v = value as Partial<StoredPart> | null
  return v && typeof v === 'object' && typeof v.at === 'number' && v.entry && typeof v.entry === 'object' && typeof v.entry.id === 'string' ? (v as StoredPart) : null
}

/** The parts among answers as the cloud stores them, by list and then entry id (null: the entry was removed). */
function partsByList(answers: Readonly<Record<string, Answer>>): Map<string, Map<string, StoredPart | null>> {
  const lists = new Map<string, Map<string, StoredPart | null>>()
  for (const [key, answer] of Object.entries(answers)) {
    const p = parsePartKey(key)
    if (!p) continue
    if (!lists.has(p.itemId)) lists.set(p.itemId, new Map())
    lists.get(p.itemId)?.set(p.entryId, storedEntry(answer.value))
  }
  return lists
}

/**
 * A list's entries with its parts applied: a part replaces its entry in place, null removes it. `added`: the parts
 * of entries the list did not have, in the order given; `changed`: whether any part touched the list.
 */
function applyParts(entries: readonly Entry[], parts: ReadonlyMap<string, StoredPart | null>): { entries: Entry[]; added: StoredPart[]; changed: boolean } {
  const out: Entry[] = []
  const applied = new Set<string>()
  for (const e of entries) {
    if (!parts.has(e.id)) {
      out.push(e)
      continue
    }
    const part = parts.get(e.id)
    if (part) out.push(part.entry)
    applied.add(e.id)
  }
  const added = [...parts].filter(([id, part]) => part !== null && !applied.has(id)).map(([, part]) => part as StoredPart)
  return { entries: out, added, changed: applied.size > 0 || added.length > 0 }
}

const withEntries = (answer: Answer | undefined, entries: Entry[]): Answer => ({ ...(answer ?? {}), value: { ...((answer?.value as object | null) ?? {}), entries } })

/**
 * The answers as the rules read them, from answers as stored (heads and parts): each list's entries are its
 * head's entries (written before parts existed) replaced or removed by parts, then the other parts by `at`.
 * A list with parts but no head gets one (`{entries}`).
 */
export function assembleAnswers(stored: Readonly<Record<string, Answer>>): Record<string, Answer> {
  const answers: Record<string, Answer> = {}
  for (const [key, answer] of Object.entries(stored)) if (!parsePartKey(key)) answers[key] = answer
  for (const [itemId, parts] of partsByList(stored)) {
    const head = answers[itemId]
    const { entries, added } = applyParts(entriesOf(head), parts)
    added.sort((a, b) => a.at - b.at || (a.entry.id < b.entry.id ? -1 : 1))
    answers[itemId] = withEntries(head, [...entries, ...added.map((p) => p.entry)])
  }
  return answers
}

/**
 * Where each entry stands in its list as the cloud orders it (assembleAnswers), by list and entry id: the `at` of
 * its part, or for entries a head still holds, a negative place before every part. The phone keeps it so every
 * device shows a list in the same order (“第5条” is the same patent on every phone).
 */
export type ListOrder = Record<string, Record<string, number>>

/**
 * Folds pulled answers (heads and parts, as the cloud stores them) onto the answers this device holds
 * (assembled): a part replaces its entry, a new entry is added, null removes it; a pulled head keeps the
 * entries the device holds unless it still carries entries of its own. Each list touched is then ordered as the
 * cloud orders it (entries whose place is not known yet — added on this phone and not stored — stay last).
 * Returns the answers that changed, by item id, and the order with what the pull said.
 */
export function foldPulled(
  device: Readonly<Record<string, Answer>>,
  pulled: Readonly<Record<string, Answer>>,
  order: Readonly<ListOrder> = {}
): { answers: Record<string, Answer>; order: ListOrder } {
  const out: Record<string, Answer> = {}
  const places: ListOrder = { ...order }
  const placesOf = (itemId: string) => (places[itemId] = { ...(places[itemId] ?? {}) })
  const current = (itemId: string) => out[itemId] ?? device[itemId]
  // Heads first: parts pulled with them apply on top.
  for (const [key, answer] of Object.entries(pulled)) {
    if (parsePartKey(key)) continue
    const held = current(key)
    const headEntries = entriesOf(answer)
    out[key] = held !== undefined && isHeadOfParts(answer) ? withEntries(answer, entriesOf(held)) : answer
    if (headEntries.length > 0) {
      const p = placesOf(key)
      headEntries.forEach((e, k) => (p[e.id] = k - headEntries.length))
    }
  }
  // Each list rebuilt in one pass (a new phone pulls thousands of entries at once).
  for (const [itemId, parts] of partsByList(pulled)) {
    const p = placesOf(itemId)
    for (const [entryId, part] of parts) {
      if (part === null) delete p[entryId]
      else p[entryId] = part.at
    }
    const held = current(itemId)
    const { entries, added, changed } = applyParts(entriesOf(held), parts)
    if (changed || out[itemId]) out[itemId] = withEntries(held, [...entries, ...added.map((a) => a.entry)])
  }
  for (const [itemId, answer] of Object.entries(out)) {
    const p = places[itemId]
    const entries = entriesOf(answer)
    if (!p || entries.length < 2) continue
    const place = (e: Entry) => p[e.id] ?? Number.POSITIVE_INFINITY
    const sorted = entries.map((e, k) => ({ e, k })).sort((a, b) => place(a.e) - place(b.e) || a.k - b.k).map((x) => x.e)
    out[itemId] = withEntries(answer, sorted)
  }
  return { answers: out, order: places }
}
