/**
 * The reminder scan's own cloud function: a timer trigger (config.json: 9:00, 10:00 and 11:00 Beijing time —
 * timer cron is 7 fields in UTC+8, wxcloud/guide/functions/triggers) and the openapi permission for
 * subscribeMessage.send. Timer runs have no OPENID, so this cannot be a route of `api`. The first run of the day
 * does the scan within its time budget; later runs continue from the stored cursor or find the day done.
 */
import * as cloud from 'wx-server-sdk'
import { systemClock } from '../../core/context'
import { runReminderScan } from '../../core/remindersScan'
import { createWxStore, type WxDatabase } from '../../ports/wxStore'
import { createWxSender, type WxOpenApi } from '../../ports/wxSender'
import { REMINDER_CONFIG } from '../../../reminders'

// DYNAMIC_CURRENT_ENV: the environment the function is deployed in (wx-server-sdk cloud.init docs).
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

const store = createWxStore(cloud.database() as unknown as WxDatabase)
const sender = createWxSender(cloud as unknown as WxOpenApi)

export async function main() {
  const templateId = REMINDER_CONFIG.templates.deadline.id
  if (templateId === '') {
    console.error('reminders: templates.deadline.id is empty in src/reminders/config.json; nothing sent')
    return { skipped: 'templateNotConfigured' }
  }
  const summary = await runReminderScan({ store, clock: systemClock, sender, templateId })
  console.log(`reminders ${JSON.stringify(summary)}`)
  return summary
}
