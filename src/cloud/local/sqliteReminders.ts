/** The reminder methods of the store port on SQLite (credits, the reminder log, the scan cursor); see store.ts. */
import { PAGE_LIMIT, type ApplicationDoc, type ReminderLogDoc, type ReminderRunDoc, type ReminderSettlement, type Store } from '../ports/store'
import type { Db } from './db'

const json = <T>(row: { doc: string } | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null)

export type ReminderMethods = Pick<Store, 'addReminderCredits' | 'reminderCredits' | 'claimReminders' | 'settleReminders' | 'remindersOf' | 'applicationsDue' | 'getReminderRun' | 'putReminderRun'>

export function reminderMethods(db: Db): ReminderMethods {
  const r = {
    addCredits: db.prepare<[string, string, number, string], { credits: number }>(
      `INSERT INTO reminder_credits (openid, template, credits, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (openid, template) DO UPDATE SET credits = credits + excluded.credits, updated_at = excluded.updated_at RETURNING credits`
    ),
    credits: db.prepare<[string, string], { openid: string; credits: number }>(
      'SELECT openid, credits FROM reminder_credits WHERE template = ? AND openid IN (SELECT value FROM json_each(?))'
    ),
    spend: db.prepare('UPDATE reminder_credits SET credits = credits - 1 WHERE openid = ? AND template = ? AND credits > 0'),
    refund: db.prepare('UPDATE reminder_credits SET credits = credits + 1 WHERE openid = ? AND template = ?'),
    clear: db.prepare('UPDATE reminder_credits SET credits = 0 WHERE openid = ? AND template = ?'),
    getLog: db.prepare<[string], { doc: string }>('SELECT doc FROM reminder_log WHERE id = ?'),
    addLog: db.prepare('INSERT INTO reminder_log (id, openid, status, at, doc) VALUES (?, ?, ?, ?, ?)'),
    setStatus: db.prepare('UPDATE reminder_log SET status = ?, errcode = ? WHERE id = ?'),
    logsOf: db.prepare<[string, number], { doc: string; status: string; errcode: number | null }>(
      `SELECT doc, status, errcode FROM reminder_log WHERE openid = ? AND status = 'sent' ORDER BY at DESC, id DESC LIMIT ?`
    ),
    due: db.prepare<[string, string, number], { doc: string; seq: number }>(
      `SELECT doc, seq FROM applications WHERE json_extract(doc, '$.deadline') IN (SELECT value FROM json_each(?)) AND id > ? ORDER BY id LIMIT ?`
    ),
    getRun: db.prepare<[string], { doc: string }>('SELECT doc FROM reminder_runs WHERE day = ?'),
    putRun: db.prepare('INSERT INTO reminder_runs (day, doc) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET doc = excluded.doc')
  }
  const claim = db.transaction((logs: readonly ReminderLogDoc[]) =>
    logs.map((log): 'claimed' | 'duplicate' | 'noCredit' => {
      if (r.getLog.get(log.id)) return 'duplicate'
      if (r.spend.run(log.openid, log.template).changes !== 1) return 'noCredit'
      r.addLog.run(log.id, log.openid, 'pending', log.at, JSON.stringify({ ...log, status: 'pending' }))
      return 'claimed'
    })
  )
  const settle = db.transaction((settled: readonly ReminderSettlement[]) => {
    for (const { log, status, errcode, credit } of settled) {
      r.setStatus.run(status, errcode, log.id)
      if (credit === 'refund') r.refund.run(log.openid, log.template)
      if (credit === 'clear') r.clear.run(log.openid, log.template)
    }
  })
  return {
    async addReminderCredits(openid, template, n, at) {
      return (r.addCredits.get(openid, template, n, at) as { credits: number }).credits
    },
    async reminderCredits(openids, template) {
      const out: Record<string, number> = Object.fromEntries(openids.map((o) => [o, 0]))
      for (const row of r.credits.all(template, JSON.stringify(openids))) out[row.openid] = row.credits
      return out
    },
    async claimReminders(logs) {
      return claim(logs)
    },
    async settleReminders(settled) {
      settle(settled)
    },
    async remindersOf(openid, limit) {
      // The status and errcode columns are the truth; the document keeps the entry as claimed.
      return r.logsOf.all(openid, Math.min(limit, PAGE_LIMIT)).map((x) => ({ ...(JSON.parse(x.doc) as ReminderLogDoc), status: x.status as ReminderLogDoc['status'], errcode: x.errcode }))
    },
    async applicationsDue(deadlines, afterId, limit) {
      return r.due.all(JSON.stringify(deadlines), afterId, Math.min(limit, PAGE_LIMIT)).map((x) => ({ ...(JSON.parse(x.doc) as ApplicationDoc), seq: x.seq }))
    },
    async getReminderRun(day) {
      return json<ReminderRunDoc>(r.getRun.get(day))
    },
    async putReminderRun(run) {
      r.putRun.run(run.day, JSON.stringify(run))
    }
  }
}
