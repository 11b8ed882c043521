/**
 * Reminder scan timing for `npm run bench`: 10,000 members (1,000 applications of an owner and nine operators,
 * each application filled except 二) on the SQLite store, every member with a credit, the scan run in batches
 * of policy.batchSize until the day is done, sending into the outbox. Setup writes fields straight through the
 * store (not measured); the figure is the scan's wall time per 1,000 members. Target ≤ 200 ms.
 */
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { runReminderScan } from '../../src/cloud/core/remindersScan'
import { openDb } from '../../src/cloud/local/db'
import { createOutboxSender } from '../../src/cloud/local/outboxSender'
import { createSqliteStore } from '../../src/cloud/local/sqliteStore'
import type { FieldDoc, PlannedOp } from '../../src/cloud/ports/store'
import type { SectionId } from '../../src/form'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'

const APPS = 1000
const MEMBERS_PER_APP = 10
const NOW = new Date('2024-04-27T02:00:00Z')

function writeOp(appId: string, itemId: string, value: unknown, n: number): PlannedOp {
  const opId = `bench-${n}`
  return {
    opId,
    digest: opId,
    openid: 'o_owner',
    itemId,
    decide(current, seq) {
      const field: FieldDoc = { appId, itemId, value, explanation: null, version: (current?.version ?? 0) + 1, seq, updatedBy: 'o_owner', updatedAt: NOW.toISOString(), opId }
      return { kind: 'write', field, replaced: null, audit: { appId, itemId, openid: 'o_owner', opId, oldValue: null, newValue: value, version: field.version, at: field.updatedAt }, conflict: null, result: null }
    }
  }
}

/** `apps` applications of ten members, filled except 二, everyone with one credit; the scan's wall time in ms. */
async function scanWorld(apps: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-declare-bench-reminders-'))
  const db = openDb(dir)
  const store = createSqliteStore(db)
  // As patchAnswers stores them: an answer's own evidence list is kept apart, so the one choice with evidence is 否.
  const answers = Object.entries({ ...COMPLETE_APPLICATION, 's5.carbonMonitoring': { value: 's5.carbonMonitoring.2' } }).filter(([k]) => !k.startsWith('s2.'))
  const sections: SectionId[][] = [['s2'], ['s2'], ['s2'], ['s3'], ['s3'], ['s4'], ['s5'], ['s6', 's7'], ['s8']]
  let n = 0
  for (let a = 0; a < apps; a++) {
    const appId = `app_${String(a).padStart(6, '0')}`
    const owner = { appId, openid: `o_owner_${a}`, displayName: '王负责', role: 'owner' as const, sections: [], joinedAt: NOW.toISOString(), removedAt: null }
    await store.createApplication({ id: appId, ownerOpenid: owner.openid, clusterName: '潍坊市坊子区动力装备特色产业集群', region: null, deadline: '2024-04-30', createdAt: NOW.toISOString(), seq: 0, version: 1 }, owner)
    await store.addReminderCredits(owner.openid, 'deadline', 1, NOW.toISOString())
    for (let m = 0; m < MEMBERS_PER_APP - 1; m++) {
      const openid = `o_${a}_${m}`
      await store.putMember({ appId, openid, displayName: `成员${m + 1}`, role: 'operator', sections: sections[m], joinedAt: NOW.toISOString(), removedAt: null })
      await store.addReminderCredits(openid, 'deadline', 1, NOW.toISOString())
    }
    const r = await store.commitOps(appId, answers.map(([itemId, x]) => writeOp(appId, itemId, x?.value, n++)))
    if (r.kind !== 'committed') throw new Error(`bench setup: ${r.kind}`)
  }
  const clock = { now: () => new Date(NOW) }
  const sender = createOutboxSender(db, clock)
  const t0 = process.hrtime.bigint()
  let runs = 0
  let sent = 0
  for (;;) {
    const s = await runReminderScan({ store, clock, sender, templateId: 'bench' })
    runs++
    sent += s.sent
    if (s.done || runs > 100) break
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  db.close()
  fs.rmSync(dir, { recursive: true, force: true })
  if (sent !== apps * 4) throw new Error(`bench: expected ${apps * 4} reminders (three 二 operators and the owner per application), sent ${sent}`)
  return ms
}

export async function benchReminders(): Promise<Record<string, number>> {
  await scanWorld(50) // warm-up, as the rule bench does: the figure is the scan's steady state
  const ms = await scanWorld(APPS)
  return { reminder_scan_ms_per_1000_members: Math.round((ms / ((APPS * MEMBERS_PER_APP) / 1000)) * 10) / 10 }
}
