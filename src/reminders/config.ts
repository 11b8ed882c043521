/**
 * Reminder configuration: the subscription template(s) and the schedule policy, read from config.json (not
 * constants in code) and checked once with zod, so a bad edit fails at start-up, not at 9:00 on deadline day.
 *
 * - `templates.<name>.id`: the template id from 小程序管理后台 → 功能 → 订阅消息 → 我的模板 (empty: not configured;
 *   the weapp then does not ask for consent and the timer function sends nothing).
 * - `templates.<name>.fields`: the keys WeChat numbers the template's fields with (thing1, time3, …); the type
 *   prefix decides the limit (subscribeMessage.send, 参数值内容限制:
 *   https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 * - `policy.daysBefore`: days before the deadline (Asia/Shanghai calendar days) a member with open work is
 *   reminded; 0 is the day itself. `perMemberPerDay` is 1: the reminder log is keyed by day and member.
 */
import { z } from 'zod'
import raw from './config.json'

const fieldKey = (type: string) => z.string().regex(new RegExp(`^${type}\\d{1,2}$`), `${type}N`)

const templateSchema = z.object({
  id: z.string().max(64),
  fields: z.object({ application: fieldKey('thing'), todo: fieldKey('thing'), deadline: fieldKey('time'), status: fieldKey('phrase') }).strict()
})

export const reminderConfigSchema = z
  .object({
    templates: z.object({ deadline: templateSchema }).strict(),
    policy: z
      .object({
        daysBefore: z.array(z.number().int().min(0).max(60)).min(1).max(10),
        perMemberPerDay: z.literal(1),
        ownerSummary: z.boolean(),
        batchSize: z.number().int().min(1).max(100),
        maxBatchesPerRun: z.number().int().min(1).max(10000),
        runBudgetMs: z.number().int().min(1000).max(55000),
        sendConcurrency: z.number().int().min(1).max(20),
        miniprogramState: z.enum(['developer', 'trial', 'formal'])
      })
      .strict()
  })
  .strict()

export type ReminderConfig = z.infer<typeof reminderConfigSchema>
export type TemplateName = keyof ReminderConfig['templates']
export type TemplateFields = ReminderConfig['templates']['deadline']['fields']

export const TEMPLATE_NAMES = ['deadline'] as const satisfies readonly TemplateName[]

export const REMINDER_CONFIG: ReminderConfig = reminderConfigSchema.parse(raw)
