/**
 * STAND-IN, not WeChat: an in-process imitation of the small part of the wx-server-sdk database API that
 * src/cloud/ports/wxStore.ts uses (collection/where/orderBy/limit/get/update/add/doc().set and the gt/in/inc
 * commands), with the platform behaviours the store relies on: add() with an existing _id fails, get()
 * returns at most 100 documents, update() reports stats.updated.
 */
import type { WxCollection, WxDatabase, WxQuery } from '../../src/cloud/ports/wxStore'

type Doc = Record<string, unknown>
type Cmd = { $gt: number } | { $in: unknown[] } | { $inc: number }

const MAX_GET = 100

function matches(doc: Doc, cond: Record<string, unknown>): boolean {
  return Object.entries(cond).every(([k, v]) => {
    const actual = doc[k]
    if (v !== null && typeof v === 'object' && '$gt' in (v as Cmd)) return typeof actual === 'number' && actual > (v as { $gt: number }).$gt
    if (v !== null && typeof v === 'object' && '$in' in (v as Cmd)) return (v as { $in: unknown[] }).$in.includes(actual)
    return JSON.stringify(actual) === JSON.stringify(v)
  })
}

export function createWxDatabaseStandIn(): WxDatabase & { calls: { unlimitedGets: number } } {
  const collections = new Map<string, Map<string, Doc>>()
  const calls = { unlimitedGets: 0 }
  let autoId = 0
  const data = (name: string) => {
    if (!collections.has(name)) collections.set(name, new Map())
    return collections.get(name) as Map<string, Doc>
  }
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x))

  function query(name: string, cond: Record<string, unknown>, order: [string, 'asc' | 'desc'] | null, limit: number | null): WxQuery {
    return {
      where: (c) => query(name, { ...cond, ...c }, order, limit),
      orderBy: (f, o) => query(name, cond, [f, o], limit),
      limit: (n) => query(name, cond, order, n),
      async get() {
        if (limit === null) calls.unlimitedGets++
        let docs = [...data(name).values()].filter((d) => matches(d, cond))
        if (order) {
          const [f, o] = order
          docs = docs.sort((a, b) => ((a[f] as number) < (b[f] as number) ? -1 : (a[f] as number) > (b[f] as number) ? 1 : 0) * (o === 'asc' ? 1 : -1))
        }
        return { data: clone(docs.slice(0, Math.min(limit ?? MAX_GET, MAX_GET))) }
      },
      async update({ data: changes }) {
        let updated = 0
        for (const doc of data(name).values()) {
          if (!matches(doc, cond)) continue
          for (const [k, v] of Object.entries(clone(changes))) {
            doc[k] = v !== null && typeof v === 'object' && '$inc' in (v as Cmd) ? ((doc[k] as number) ?? 0) + (v as { $inc: number }).$inc : v
          }
          updated++
        }
        return { stats: { updated } }
      }
    }
  }

  return {
    calls,
    command: { gt: (n) => ({ $gt: n }), in: (values) => ({ $in: values }), inc: (n) => ({ $inc: n }) },
    collection(name): WxCollection {
      return {
        ...query(name, {}, null, null),
        async add({ data: doc }) {
          const id = (doc._id as string | undefined) ?? `auto${++autoId}`
          if (data(name).has(id)) throw new Error(`collection.add:fail -502001 duplicate key _id ${id}`)
          data(name).set(id, clone({ ...doc, _id: id }))
          return { _id: id }
        },
        doc: (id) => ({
          async set({ data: doc }) {
            data(name).set(id, clone({ ...doc, _id: id }))
            return {}
          }
        })
      }
    }
  }
}
