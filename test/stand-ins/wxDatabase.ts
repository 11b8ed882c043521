/**
 * STAND-IN, not WeChat: an in-process imitation of the part of the wx-server-sdk database API that
 * src/cloud/ports/wxStore.ts uses, behaving the way WeChat's documentation says (pages on
 * developers.weixin.qq.com, cited beside each behaviour; see ../../../shared/wechat.md). Where the pages are
 * silent it is stricter than the platform is likely to be, so the binding cannot lean on luck.
 *
 * Test knobs: `latencyMs` (every call waits), `killAfter(n)` (calls after the n-th reject, as if the function
 * instance died: an open transaction never commits), and `calls` (every round trip, by kind).
 */
import type { WxCollection, WxDatabase, WxDocRef, WxQuery, WxTransaction } from '../../src/cloud/ports/wxStore'

type Doc = Record<string, unknown>

/** A `db.command` value (miniprogram/dev/wxcloud/reference-sdk-api/database/Command). */
class Command {
  constructor(
    readonly op: 'gt' | 'gte' | 'lt' | 'in' | 'inc' | 'set' | 'neq',
    readonly arg: unknown
  ) {}
}

interface Row {
  doc: Doc
  /** Bumped by every committed write: transactions compare it to detect a concurrent change. */
  version: number
}

export interface StandInCalls {
  total: number
  byKind: Record<string, number>
  /** get() without limit(): the platform then returns at most 100 documents, silently. */
  unlimitedGets: number
}

export interface WxDatabaseStandIn extends WxDatabase {
  calls: StandInCalls
  latencyMs: number
  /** After `n` more calls every call rejects (the function instance was killed). */
  killAfter(n: number | null): void
  /** Test access to a stored record (no call counted). */
  peek(collection: string, id: string): Doc | null
  /** Every stored record of a collection (no call counted). */
  dump(collection: string): Doc[]
  resetCalls(): void
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Command)
const clone = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)))

function getPath(doc: Doc, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (!isPlainObject(cur)) return undefined
    cur = cur[part]
  }
  return cur
}

function noCommands(data: unknown, where: string): void {
  if (data instanceof Command) throw new Error(`${where}:fail command ${data.op} is not allowed here`)
  if (Array.isArray(data)) data.forEach((d) => noCommands(d, where))
  else if (isPlainObject(data)) Object.values(data).forEach((d) => noCommands(d, where))
}

/** where(): equality, nested objects match field by field, dotted keys reach nested fields, commands compare. */
function matches(doc: Doc, cond: Record<string, unknown>): boolean {
  return Object.entries(cond).every(([k, v]) => matchValue(getPath(doc, k), v))
}
function matchValue(actual: unknown, v: unknown): boolean {
  if (v instanceof Command) {
    switch (v.op) {
      case 'gt':
        return typeof actual === typeof v.arg && (actual as number) > (v.arg as number)
      case 'gte':
        return typeof actual === typeof v.arg && (actual as number) >= (v.arg as number)
      case 'lt':
        return typeof actual === typeof v.arg && (actual as number) < (v.arg as number)
      case 'neq':
        return JSON.stringify(actual) !== JSON.stringify(v.arg)
      case 'in':
        return (v.arg as unknown[]).some((x) => JSON.stringify(x) === JSON.stringify(actual))
      default:
        throw new Error(`where:fail command ${v.op} is not a query command`)
    }
  }
  // A nested object in a query matches its fields, not the whole value (guide/database/query: 嵌套字段匹配).
  if (isPlainObject(v)) return isPlainObject(actual) && Object.entries(v).every(([k, x]) => matchValue(actual[k], x))
  return JSON.stringify(actual) === JSON.stringify(v)
}

/**
 * update() semantics (guide/database/update; reference-sdk-api/database/command/Command.set):
 * a nested plain object MERGES into the stored object field by field — it does not replace it;
 * `_.set(value)` replaces the value whole; `_.inc(n)` adds; a dotted key "a.b" addresses a nested field;
 * arrays and scalars replace.
 */
function applyUpdate(target: Record<string, unknown>, changes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (key === '_id') throw new Error('document.update:fail _id cannot be updated')
    const parts = key.split('.')
    let parent = target
    for (const p of parts.slice(0, -1)) {
      if (!isPlainObject(parent[p])) parent[p] = {}
      parent = parent[p] as Record<string, unknown>
    }
    const last = parts[parts.length - 1]
    if (value instanceof Command) {
      if (value.op === 'set') parent[last] = clone(value.arg)
      else if (value.op === 'inc') parent[last] = ((parent[last] as number | undefined) ?? 0) + (value.arg as number)
      else throw new Error(`document.update:fail command ${value.op} is not an update command`)
    } else if (isPlainObject(value)) {
      if (!isPlainObject(parent[last])) parent[last] = {}
      applyUpdate(parent[last] as Record<string, unknown>, value)
    } else if (value !== undefined) {
      noCommands(value, 'document.update')
      parent[last] = clone(value)
    }
  }
}

const missing = (id: string) => new Error(`document.get:fail document with _id ${id} does not exist`)

export function createWxDatabaseStandIn(): WxDatabaseStandIn {
  const collections = new Map<string, Map<string, Row>>()
  const calls: StandInCalls = { total: 0, byKind: {}, unlimitedGets: 0 }
  let autoId = 0
  let clock = 0
  let remaining: number | null = null
  const rows = (name: string) => {
    if (!collections.has(name)) collections.set(name, new Map())
    return collections.get(name) as Map<string, Row>
  }

  /** Every round trip: counted, delayed, and refused once the instance is "killed". */
  async function call(kind: string): Promise<void> {
    if (remaining !== null) {
      if (remaining <= 0) throw new Error(`${kind}:fail the function instance was killed (stand-in fault injection)`)
      remaining--
    }
    calls.total++
    calls.byKind[kind] = (calls.byKind[kind] ?? 0) + 1
    // Always yield, so concurrent callers interleave even without latency.
    await new Promise<void>((resolve) => (db.latencyMs > 0 ? setTimeout(resolve, db.latencyMs) : setImmediate(resolve)))
  }

  const write = (name: string, id: string, doc: Doc | null) => {
    if (doc === null) rows(name).delete(id)
    else rows(name).set(id, { doc: clone({ ...doc, _id: id }), version: ++clock })
  }
  const insert = (name: string, data: Doc): string => {
    noCommands(data, 'collection.add')
    const id = (data._id as string | undefined) ?? `auto${String(++autoId).padStart(8, '0')}`
    // add() with an _id that exists fails (reference-sdk-api/database/collection/Collection.add).
    if (rows(name).has(id)) throw new Error(`collection.add:fail -502001 database request fail: duplicate key _id ${id}`)
    write(name, id, { ...data, _id: id })
    return id
  }
  const setDoc = (name: string, id: string, data: Doc) => {
    // doc().set() replaces the whole record; its data may not carry _id (reference-sdk-api/database/document/Document.set).
    if ('_id' in data) throw new Error('document.set:fail data cannot contain _id')
    noCommands(data, 'document.set')
    write(name, id, data)
  }
  const updateDoc = (name: string, id: string, data: Doc): number => {
    const row = rows(name).get(id)
    if (!row) return 0
    const doc = clone(row.doc)
    applyUpdate(doc, data)
    write(name, id, doc)
    return 1
  }

  function query(name: string, cond: Record<string, unknown>, order: [string, 'asc' | 'desc'][], limit: number | null, skip: number): WxQuery {
    return {
      where: (c) => query(name, { ...cond, ...c }, order, limit, skip),
      orderBy: (f, o) => query(name, cond, [...order, [f, o]], limit, skip),
      limit: (n) => {
        // Server-side get() returns at most 1000 per call (reference-sdk-api/database/collection/Collection.limit).
        if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error('collection.limit:fail limit must be 1–1000')
        return query(name, cond, order, n, skip)
      },
      skip: (n) => query(name, cond, order, limit, n),
      async get() {
        await call('get')
        if (limit === null) calls.unlimitedGets++
        let docs = [...rows(name).values()].map((r) => r.doc).filter((d) => matches(d, cond))
        for (const [f, o] of [...order].reverse()) {
          docs = [...docs].sort((a, b) => {
            const x = getPath(a, f) as number | string
            const y = getPath(b, f) as number | string
            return (x < y ? -1 : x > y ? 1 : 0) * (o === 'asc' ? 1 : -1)
          })
        }
        // Without limit() a function's get() returns at most 100 (reference-sdk-api/database/collection/Collection.get).
        return { data: clone(docs.slice(skip, skip + (limit ?? 100))) }
      },
      async update({ data }) {
        await call('where.update')
        let updated = 0
        for (const [id, row] of [...rows(name).entries()]) if (matches(row.doc, cond)) updated += updateDoc(name, id, data)
        // where().update() reports how many records it changed: a version guard (reference-sdk-api/database/collection/Collection.update).
        return { stats: { updated } }
      },
      async remove() {
        await call('where.remove')
        let removed = 0
        for (const [id, row] of [...rows(name).entries()])
          if (matches(row.doc, cond)) {
            write(name, id, null)
            removed++
          }
        return { stats: { removed } }
      }
    }
  }

  function docRef(name: string, id: string): WxDocRef {
    return {
      async get() {
        await call('doc.get')
        const row = rows(name).get(id)
        // doc().get() of a missing record rejects (reference-sdk-api/database/document/Document.get).
        if (!row) throw missing(id)
        return { data: clone(row.doc) }
      },
      async set({ data }) {
        await call('doc.set')
        setDoc(name, id, data)
        return { _id: id, stats: { updated: 1 } }
      },
      async update({ data }) {
        await call('doc.update')
        return { stats: { updated: updateDoc(name, id, data) } }
      },
      async remove() {
        await call('doc.remove')
        const had = rows(name).has(id)
        write(name, id, null)
        return { stats: { removed: had ? 1 : 0 } }
      }
    }
  }

  /**
   * db.runTransaction(callback, times = 3) (reference-server-api/database/db.runTransaction): inside, only
   * single-document operations by _id — doc(id).get/set/update/remove — and collection.add; no where().
   * Writes apply together at commit or not at all. A transaction whose documents another transaction
   * changed since it read them is aborted and the callback runs again, up to `times`.
   * `transaction.rollback(reason)` aborts and makes runTransaction reject with `reason`.
   */
  async function runTransaction<T>(callback: (t: WxTransaction) => Promise<T>, times = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await call('transaction.begin')
      const seen = new Map<string, number>() // "name/id" → version when first touched (0 = absent)
      const pending: { name: string; id: string; apply: () => void }[] = []
      const staged = new Map<string, Doc | null>() // read-your-writes inside the transaction
      let rolledBack: { reason: unknown } | null = null
      const touch = (name: string, id: string) => {
        const k = `${name}/${id}`
        if (!seen.has(k)) seen.set(k, rows(name).get(id)?.version ?? 0)
        return k
      }
      const view = (name: string, id: string): Doc | null => {
        const k = `${name}/${id}`
        if (staged.has(k)) return staged.get(k) ?? null
        return rows(name).get(id)?.doc ?? null
      }
      const t: WxTransaction = {
        collection(name) {
          return {
            doc(id) {
              return {
                async get() {
                  await call('transaction.doc.get')
                  touch(name, id)
                  const doc = view(name, id)
                  if (!doc) throw missing(id)
                  return { data: clone(doc) }
                },
                async set({ data }) {
                  await call('transaction.doc.set')
                  if ('_id' in data) throw new Error('document.set:fail data cannot contain _id')
                  noCommands(data, 'document.set')
                  const k = touch(name, id)
                  staged.set(k, clone({ ...data, _id: id }))
                  pending.push({ name, id, apply: () => setDoc(name, id, data) })
                  return { _id: id, stats: { updated: 1 } }
                },
                async update({ data }) {
                  await call('transaction.doc.update')
                  const k = touch(name, id)
                  const cur = view(name, id)
                  if (!cur) return { stats: { updated: 0 } }
                  const next = clone(cur)
                  applyUpdate(next, data)
                  staged.set(k, next)
                  pending.push({ name, id, apply: () => void updateDoc(name, id, data) })
                  return { stats: { updated: 1 } }
                },
                async remove() {
                  await call('transaction.doc.remove')
                  const k = touch(name, id)
                  const had = view(name, id) !== null
                  staged.set(k, null)
                  pending.push({ name, id, apply: () => write(name, id, null) })
                  return { stats: { removed: had ? 1 : 0 } }
                }
              }
            },
            async add({ data }) {
              await call('transaction.add')
              noCommands(data, 'collection.add')
              const id = (data._id as string | undefined) ?? `auto${String(++autoId).padStart(8, '0')}`
              const k = touch(name, id)
              if (view(name, id) !== null) throw new Error(`collection.add:fail -502001 database request fail: duplicate key _id ${id}`)
              staged.set(k, clone({ ...data, _id: id }))
              pending.push({ name, id, apply: () => void insert(name, { ...data, _id: id }) })
              return { _id: id }
            },
            where() {
              throw new Error('transaction: where() is not supported inside a transaction; use doc(id) (db.runTransaction)')
            }
          }
        },
        async rollback(reason) {
          rolledBack = { reason }
          return { errMsg: 'rollback:ok' }
        }
      }
      let result: T
      try {
        result = await callback(t)
      } catch (err) {
        if (rolledBack) throw (rolledBack as { reason: unknown }).reason
        throw err
      }
      if (rolledBack) throw (rolledBack as { reason: unknown }).reason
      await call('transaction.commit')
      const conflict = [...seen.entries()].some(([k, v]) => {
        const [name, ...rest] = k.split('/')
        return (rows(name).get(rest.join('/'))?.version ?? 0) !== v
      })
      if (!conflict) {
        for (const p of pending) p.apply() // synchronous: no reader sees half a transaction
        return result
      }
      if (attempt >= times) throw new Error('runTransaction:fail transaction conflict, retries exhausted')
    }
  }

  const db: WxDatabaseStandIn = {
    calls,
    latencyMs: 0,
    killAfter(n) {
      remaining = n
    },
    peek: (name, id) => clone(rows(name).get(id)?.doc ?? null),
    dump: (name) => [...rows(name).values()].map((r) => clone(r.doc)),
    resetCalls() {
      calls.total = 0
      calls.byKind = {}
      calls.unlimitedGets = 0
    },
    command: {
      gt: (n) => new Command('gt', n),
      gte: (n) => new Command('gte', n),
      lt: (n) => new Command('lt', n),
      neq: (v) => new Command('neq', v),
      in: (values) => new Command('in', values),
      inc: (n) => new Command('inc', n),
      set: (v) => new Command('set', v)
    },
    runTransaction,
    collection(name): WxCollection {
      return {
        ...query(name, {}, [], null, 0),
        async add({ data }) {
          await call('add')
          return { _id: insert(name, data) }
        },
        doc: (id) => docRef(name, id)
      }
    }
  }
  return db
}
