/**
 * The reminder scan, run by the timer function (no caller: timer runs have no OPENID) and by the local cloud.
 * It walks today's due applications in batches of `policy.batchSize`, by id, keeping the last id done in the
 * day's run record, so a run stopped by its time budget is continued by the next trigger; each member is
 * reminded at most once a day (the log entry `<day>_<appId>_<openid>` is claimed together with the credit
 * before sending), so a rerun sends nothing twice. 43101 and 47003 are recorded per member; the batch goes on.
 */
import { REMINDER_CONFIG, dueDeadlines, planReminders, reminderDay, type ReminderConfig } from '../../reminders'
import type { ApplicationDoc, ReminderLogDoc, ReminderSettlement, Store } from '../ports/store'
import type { ReminderSender, SendOutcome } from '../ports/sender'
import type { Clock } from './context'
import { storedAnswers } from './storedAnswers'
import { checkedConfig } from '../../reminders/configSchema'

/** config.json, checked when the cloud code loads: a bad edit stops the function at once, with the key named. */
const CONFIG = checkedConfig(REMINDER_CONFIG)

export interface ScanPorts {
  store: Store
  clock: Clock
  sender: ReminderSender
  /** The WeChat template id to send with (the local binding has none to check). */
  templateId: string
  config?: ReminderConfig
}

export interface ScanSummary {
  day: string
  applications: number
  /** Members (and owners' summaries) that had something to be reminded of today. */
  planned: number
  sent: number
  noCredit: number
  /** Members of applications where nobody has a credit: not checked, nothing could be sent. */
  unchecked: number
  /** Already reminded today (a rerun). */
  duplicate: number
  invalid: number
  failed: number
  /** This pass has reached the last due application (the next run starts a new pass). */
  done: boolean
}

const TEMPLATE = 'deadline'

export async function runReminderScan(ports: ScanPorts, options: { restart?: boolean } = {}): Promise<ScanSummary> {
  const config = ports.config ?? CONFIG
  const { policy } = config
  const started = ports.clock.now()
  const day = reminderDay(started)
  const summary: ScanSummary = { day, applications: 0, planned: 0, unchecked: 0, sent: 0, noCredit: 0, duplicate: 0, invalid: 0, failed: 0, done: false }
  // An unfinished pass is continued from its cursor; after a finished one the next run starts over, so a deadline
  // set or a credit granted since is still reminded today (the log keeps it to one message per member a day).
  const saved = options.restart ? null : await ports.store.getReminderRun(day)
  let cursor = saved && !saved.done ? saved.cursor : ''
  const due = dueDeadlines(started, policy.daysBefore)
  for (let batch = 0; batch < policy.maxBatchesPerRun; batch++) {
    if (ports.clock.now().getTime() - started.getTime() > policy.runBudgetMs) break
    const apps = await ports.store.applicationsDue(due, cursor, policy.batchSize)
    for (const app of apps) await remindApplication(ports, config, app, day, summary)
    summary.applications += apps.length
    if (apps.length > 0) cursor = apps[apps.length - 1].id
    summary.done = apps.length < policy.batchSize
    await ports.store.putReminderRun({ day, cursor, done: summary.done, updatedAt: ports.clock.now().toISOString() })
    if (summary.done) break
  }
  return summary
}

async function remindApplication(ports: ScanPorts, config: ReminderConfig, app: ApplicationDoc, day: string, summary: ScanSummary): Promise<void> {
  const now = ports.clock.now()
  const members = await ports.store.listMembers(app.id)
  const active = members.filter((m) => m.removedAt === null)
  // Nobody here can be sent anything: skip the answers and the rule check (one read, not a full pass).
  const credits = await ports.store.reminderCredits(
    active.map((m) => m.openid),
    TEMPLATE
  )
  if (!Object.values(credits).some((n) => n > 0)) {
    summary.unchecked += active.length
    return
  }
  const plans = planReminders({ app, members, answers: await storedAnswers(ports.store, app.id), now, config })
  summary.planned += plans.length
  const withCredit = plans.filter((p) => (credits[p.openid] ?? 0) > 0)
  summary.noCredit += plans.length - withCredit.length
  if (withCredit.length === 0) return
  const at = ports.clock.now().toISOString()
  const logs = withCredit.map((p): ReminderLogDoc => ({ id: `${day}_${app.id}_${p.openid}`, day, appId: app.id, openid: p.openid, template: TEMPLATE, status: 'pending', errcode: null, at, message: p.message }))
  // Claimed (log entry + credit) before anything is sent: a crash after this sends nothing twice (at most once).
  const claims = await ports.store.claimReminders(logs)
  const claimed: ReminderLogDoc[] = []
  claims.forEach((c, i) => {
    if (c === 'claimed') claimed.push(logs[i])
    else summary[c]++
  })
  for (let i = 0; i < claimed.length; i += config.policy.sendConcurrency) {
    const chunk = claimed.slice(i, i + config.policy.sendConcurrency)
    const outcomes = await Promise.all(chunk.map((log) => send(ports, config, log)))
    await ports.store.settleReminders(chunk.map((log, j) => settlement(log, outcomes[j], summary)))
  }
}

async function send(ports: ScanPorts, config: ReminderConfig, log: ReminderLogDoc): Promise<SendOutcome> {
  try {
    return await ports.sender.send({ touser: log.openid, templateId: ports.templateId, page: log.message.page, data: log.message.data, miniprogramState: config.policy.miniprogramState })
  } catch (err) {
    return { kind: 'failed', errcode: null, errmsg: String((err as Error)?.message ?? err) }
  }
}

function settlement(log: ReminderLogDoc, outcome: SendOutcome, summary: ScanSummary): ReminderSettlement {
  switch (outcome.kind) {
    case 'sent':
      summary.sent++
      return { log, status: 'sent', errcode: null, credit: 'keep' }
    case 'noCredit':
      // WeChat says the user has no subscription left: our count was wrong; trust WeChat.
      summary.noCredit++
      return { log, status: 'noCredit', errcode: outcome.errcode, credit: 'clear' }
    case 'invalid':
      // A refused send uses no subscription: give the credit back (the message is logged to be fixed).
      console.error(`reminder ${log.id} refused (47003): ${outcome.errmsg}`)
      summary.invalid++
      return { log, status: 'invalid', errcode: outcome.errcode, credit: 'refund' }
    case 'failed':
      console.error(`reminder ${log.id} failed (${outcome.errcode ?? 'no errcode'}): ${outcome.errmsg}`)
      summary.failed++
      return { log, status: 'failed', errcode: outcome.errcode, credit: 'refund' }
  }
}
