/**
 * The local binding of the reminder sender: there is no WeChat here, so a reminder is "delivered" by writing
 * exactly what subscribeMessage.send would receive into the `reminder_outbox` table. The 消息 page reads the
 * reminder log (both bindings), so the browser build shows what a phone would have been sent.
 */
import type { ReminderSender } from '../ports/sender'
import type { Clock } from '../core/context'
import type { Db } from './db'

export function createOutboxSender(db: Db, clock: Clock): ReminderSender {
  const insert = db.prepare('INSERT INTO reminder_outbox (touser, template_id, page, data, at) VALUES (?, ?, ?, ?, ?)')
  return {
    async send(m) {
      insert.run(m.touser, m.templateId, m.page, JSON.stringify(m.data), clock.now().toISOString())
      return { kind: 'sent' }
    }
  }
}

export interface OutboxRow {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  at: string
}

/** What the outbox holds, oldest first (tests and the dev endpoint read it). */
export function readOutbox(db: Db, limit = 100): OutboxRow[] {
  const rows = db.prepare<[number], { touser: string; template_id: string; page: string; data: string; at: string }>('SELECT touser, template_id, page, data, at FROM reminder_outbox ORDER BY id LIMIT ?').all(limit)
  return rows.map((r) => ({ touser: r.touser, templateId: r.template_id, page: r.page, data: JSON.parse(r.data), at: r.at }))
}
