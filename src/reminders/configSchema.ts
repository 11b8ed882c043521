/** The shape config.json must have, checked with zod where the cloud loads it (not in the app: zod is large). */
import { z } from 'zod'
import type { ReminderConfig } from './config'

const fieldKey = (type: string) => z.string().regex(new RegExp(`^${type}\\d{1,2}$`), `${type}N`)

export const reminderConfigSchema = z
  .object({
    templates: z
      .object({
        deadline: z.object({
          id: z.string().max(64),
          fields: z.object({ application: fieldKey('thing'), todo: fieldKey('thing'), deadline: fieldKey('time'), status: fieldKey('phrase') }).strict()
        })
      })
      .strict(),
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

/** The configuration, checked: throws (at load) naming the first bad key. */
export function checkedConfig(config: unknown): ReminderConfig {
  return reminderConfigSchema.parse(config) as ReminderConfig
}
