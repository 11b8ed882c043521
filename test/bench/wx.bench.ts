/**
 * The WeChat cloud path measured on the documented stand-in (test/stand-ins/wxDatabase.ts), which counts
 * every round trip (queries, transaction begin/commit and each operation inside):
 * - wx_db_calls_per_answer: round trips per accepted answer when the client sends a full batch (BATCH
 *   answers) through the router; target ≤ 4. wx_db_calls_single_answer: the same for a batch of one.
 * - wx_batch_ms_at_20ms: one full client batch (SyncClient.flush → router → handlers → wxStore) with 20 ms
 *   added to every database call; target ≤ 1500 (the router's timeout is 20 s, WeChat's default 3 s).
 * - wx_db_calls_idle_pull: one SyncClient.pull when nothing changed since the phone's cursor (the most frequent call).
 */
import { runRouted, type HandlerContext } from '../../src/cloud/core'
import { createWxStore } from '../../src/cloud/ports/wxStore'
import type { MemberDoc } from '../../src/cloud/ports/store'
import { BATCH, SyncClient } from '../../src/sync/syncClient'
import { createWxDatabaseStandIn } from '../stand-ins/wxDatabase'

const ITEMS = ['s2.leadingCagr', 's1.area', 's4.cloudRate', 's4.iiotRate', 's3.smeEmployees', 's3.pctApplications', 's3.patentGrowth', 's3.rdStaffShare', 's5.energyReduction', 's5.waterReuseRate', 's5.solidWasteRate', 's6.overseasBranches']
const YEAR_ROWS = ['s2.totalOutput', 's2.smeOutputShare', 's2.leadingShare', 's2.leadingGrowth', 's3.rdIntensity', 's3.rdGrowth', 's4.softwarePurchases', 's2.enterprises', 's2.smes']

/** One answer per field: scalars, then year rows (the most common cells). */
function answers(n: number): { itemId: string; value: unknown }[] {
  const all = [...ITEMS.map((itemId, i) => ({ itemId, value: String(10 + i) })), ...YEAR_ROWS.map((itemId) => ({ itemId, value: { '2021': '11', '2022': '12', '2023': '13' } }))]
  if (all.length < n) throw new Error(`only ${all.length} distinct bench answers`)
  return all.slice(0, n)
}

async function setup() {
  const db = createWxDatabaseStandIn()
  const store = createWxStore(db)
  const owner: MemberDoc = { appId: 'app_bench', openid: 'o_owner', displayName: null, role: 'owner', sections: [], joinedAt: '2024-03-01T00:00:00.000Z', removedAt: null }
  await store.createApplication(
    { id: 'app_bench', ownerOpenid: 'o_owner', clusterName: '基准', region: null, deadline: null, createdAt: '2024-03-01T00:00:00.000Z', seq: 0, version: 1 },
    owner
  )
  let n = 0
  const ctx: HandlerContext = { caller: { openid: 'o_owner', displayName: null }, clock: { now: () => new Date() }, store, random: () => String(++n) }
  const data = new Map<string, string>()
  let id = 0
  const client = new SyncClient(
    {
      kv: { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) },
      call: (fn, d) => runRouted({ fn, data: d }, ctx) as Promise<any>,
      now: () => Date.now(),
      newOpId: () => `op-bench-${String(++id).padStart(8, '0')}`
    },
    'app_bench'
  )
  return { db, client }
}

async function sendBatch(size: number, latencyMs: number) {
  const { db, client } = await setup()
  for (const a of answers(size)) client.enqueue(a.itemId, { value: a.value })
  db.resetCalls()
  db.latencyMs = latencyMs
  const t0 = process.hrtime.bigint()
  await client.flush(true)
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (client.unsynced !== 0 || client.snapshot.refused.length > 0) throw new Error(`bench batch not accepted: ${JSON.stringify(client.snapshot.refused)}`)
  return { calls: db.calls.total, ms, db, client }
}

async function idlePullCalls(): Promise<number> {
  const { db, client } = await sendBatch(1, 0)
  await client.pull()
  db.resetCalls()
  if ((await client.pull()) === null) throw new Error('bench pull failed')
  return db.calls.total
}

export async function benchWx(): Promise<Record<string, number>> {
  const full = await sendBatch(BATCH, 0)
  const single = await sendBatch(1, 0)
  const timed: number[] = []
  for (let i = 0; i < 3; i++) timed.push((await sendBatch(BATCH, 20)).ms)
  timed.sort((a, b) => a - b)
  return {
    wx_db_calls_per_answer: Math.round((full.calls / BATCH) * 100) / 100,
    wx_db_calls_single_answer: single.calls,
    wx_batch_ms_at_20ms: Math.round(timed[1]),
    wx_db_calls_idle_pull: await idlePullCalls()
  }
}
