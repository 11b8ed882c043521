/**
 * The reminder scan on the local cloud: the same scan as the timer function (src/cloud/core/remindersScan.ts),
 * run every `intervalMs` (0: never) and on demand through `POST /api/dev/reminders/scan` (a signed-in dev
 * session; this server only), sending into the SQLite outbox instead of WeChat.
 */
import type { ServerResponse } from 'http'
import { fail, ok } from '../../errors'
import { REMINDER_CONFIG } from '../../reminders'
import type { Caller, Clock } from '../core/context'
import { runReminderScan, type ScanSummary } from '../core/remindersScan'
import type { Store } from '../ports/store'
import type { Db } from './db'
import { sendResult } from './http'
import { createOutboxSender } from './outboxSender'

/** The template id the outbox records: the configured one, or a local name while none is configured. */
export const LOCAL_TEMPLATE_ID = REMINDER_CONFIG.templates.deadline.id || 'local-deadline-reminder'

export const DEV_SCAN_PATH = '/api/dev/reminders/scan'

export interface LocalReminders {
  /** One scan now; `restart` walks today's applications from the start again (still at most one per member a day). */
  scan(restart?: boolean): Promise<ScanSummary>
  stop(): void
}

export function startLocalReminders(db: Db, store: Store, clock: Clock, intervalMs: number): LocalReminders {
  const sender = createOutboxSender(db, clock)
  let running: Promise<ScanSummary> | null = null
  const scan = (restart = false) => {
    // One scan at a time: a timer tick during an on-demand scan waits for it instead of racing it.
    const next = (running ?? Promise.resolve(null)).catch(() => null).then(() => runReminderScan({ store, clock, sender, templateId: LOCAL_TEMPLATE_ID }, { restart }))
    running = next
    return next
  }
  const timer =
    intervalMs > 0
      ? setInterval(() => {
          scan().catch((err) => console.error('local reminder scan failed', err))
        }, intervalMs)
      : null
  timer?.unref()
  return {
    scan,
    stop() {
      if (timer) clearInterval(timer)
    }
  }
}

/** The dev endpoint: runs a scan from the start of today's list and answers with its summary. */
export async function handleDevScan(res: ServerResponse, reminders: LocalReminders, caller: Caller | null): Promise<void> {
  if (caller === null) return sendResult(res, fail('UNAUTHENTICATED'))
  sendResult(res, ok(await reminders.scan(true)))
}
