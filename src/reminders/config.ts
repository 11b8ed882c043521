/**
 * Reminder configuration: the subscription template(s) and the schedule policy, read from config.json (not
 * constants in code). The cloud side checks it with zod when it loads (configSchema.ts), so a bad edit fails at
 * start-up, not at 9:00 on deadline day; the app only reads it (zod stays out of the mini-program's main package).
 *
 * - `templates.<name>.id`: the template id from 小程序管理后台 → 功能 → 订阅消息 → 我的模板 (empty: not configured;
 *   the weapp then does not ask for consent and the timer function sends nothing).
 * - `templates.<name>.fields`: the keys WeChat numbers the template's fields with (thing1, time3, …); the type
 *   prefix decides the limit (subscribeMessage.send, 参数值内容限制:
 *   https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
 * - `policy.daysBefore`: days before the deadline (Asia/Shanghai calendar days) a member with open work is
 *   reminded; 0 is the day itself. `perMemberPerDay` is 1: the reminder log is keyed by day and member.
 */
import raw from './config.json'

export interface TemplateFields {
  /** 申报名称 (`thing`) */
  application: string
  /** 待办事项 (`thing`) */
  todo: string
  /** 截止时间 (`time`) */
  deadline: string
  /** 状态 (`phrase`) */
  status: string
}

export interface ReminderConfig {
  templates: { deadline: { id: string; fields: TemplateFields } }
  policy: {
    daysBefore: number[]
    perMemberPerDay: 1
    ownerSummary: boolean
    batchSize: number
    maxBatchesPerRun: number
    runBudgetMs: number
    sendConcurrency: number
    miniprogramState: 'developer' | 'trial' | 'formal'
  }
}

export type TemplateName = keyof ReminderConfig['templates']

export const TEMPLATE_NAMES: readonly ['deadline'] = ['deadline']

export const REMINDER_CONFIG: ReminderConfig = raw as ReminderConfig
