import { answerOf, type Answer } from '../../rules'
import { assembleAnswers, entriesOf, parsePartKey, partKey } from '../../rules/listParts'
import type { ListEntry } from '../../rules/values'
import { FIELD_PAGE_LIMIT, type FieldDoc, type Store } from '../ports/store'

/**
 * Every stored answer of an application as the rules read it, read page by page (FIELD_PAGE_LIMIT per read on the
 * cloud database); itemised lists stored in parts come back whole (src/rules/listParts.ts).
 */
export async function storedAnswers(store: Store, appId: string): Promise<Record<string, Answer>> {
  const stored: Record<string, Answer> = {}
  for (const f of await allFields(store, appId)) stored[f.itemId] = answerOf(f)
  return assembleAnswers(stored)
}

/** Every field record of an application, through the change feed a page at a time (the store has no other full read). */
async function allFields(store: Store, appId: string): Promise<FieldDoc[]> {
  const fields: FieldDoc[] = []
  for (let since = 0; ; ) {
    const page = await store.fieldsSince(appId, since)
    fields.push(...page)
    if (page.length < FIELD_PAGE_LIMIT) return fields
    since = page[page.length - 1].seq
  }
}

/** One itemised list as stored: its entries in order, the head and part records, and a stamp that moves with any change. */
export interface StoredList {
  entries: ListEntry[]
  head: FieldDoc | null
  /** The part record of each entry id (removed entries included, with value null). */
  parts: Map<string, FieldDoc>
  /** The highest change number among the head and parts (0: never written): a preview compares it at confirm. */
  stamp: number
}

/** Reads one list (from every field: the store has no read by key prefix). */
export async function storedList(store: Store, appId: string, itemId: string): Promise<StoredList> {
  let head: FieldDoc | null = null
  const parts = new Map<string, FieldDoc>()
  let stamp = 0
  for (const f of await allFields(store, appId)) {
    const part = parsePartKey(f.itemId)
    if (f.itemId === itemId) head = f
    else if (part?.itemId === itemId) parts.set(part.entryId, f)
    else continue
    stamp = Math.max(stamp, f.seq)
  }
  const stored: Record<string, Answer> = head ? { [itemId]: answerOf(head) } : {}
  for (const [entryId, f] of parts) stored[partKey(itemId, entryId)] = answerOf(f)
  return { entries: entriesOf(assembleAnswers(stored)[itemId]), head, parts, stamp }
}
