/**
 * The reminder methods of the store port on the WeChat cloud database (see store.ts and wxStore.ts for the
 * documented behaviours relied on). Collections, all denied to clients in database.rules.json:
 * - `reminderCredits` `_id` `<openid>_<template>`: credits left (one per accepted one-time subscription).
 * - `reminderLog` `_id` `<day>_<appId>_<openid>`: one reminder per member per day; `add()` of an existing `_id`
 *   fails (reference-sdk-api/database/collection/Collection.add), so a rerun can never store it twice.
 *   Index: `openid` + `status` + `at`.
 * - `reminderRuns` `_id` day: the day's scan cursor.
 * Applications are found by `deadline` (index: `deadline` + `_id`).
 * Claiming (log entry + credit) is one `runTransaction` of doc-id operations only (db.runTransaction).
 */
import { PAGE_LIMIT, type ApplicationDoc, type ReminderLogDoc, type ReminderRunDoc, type Store } from './store'
import type { WxDatabase, WxTransaction } from './wxStore'

type Doc = Record<string, unknown>

export type ReminderMethods = Pick<Store, 'addReminderCredits' | 'reminderCredits' | 'claimReminders' | 'settleReminders' | 'remindersOf' | 'applicationsDue' | 'getReminderRun' | 'putReminderRun'>

const strip = <T>(doc: Doc | undefined | null): T | null => {
  if (!doc) return null
  const { _id: _ignored, ...rest } = doc
  return rest as T
}
const isDuplicate = (err: unknown) => /duplicate/i.test(String((err as Error)?.message ?? err))
const isMissing = (err: unknown) => /does not exist|not exist|不存在/i.test(String((err as Error)?.message ?? err))
const creditId = (openid: string, template: string) => `${openid}_${template}`

interface CreditDoc {
  openid: string
  template: string
  credits: number
  updatedAt: string
}

export function wxReminderMethods(db: WxDatabase): ReminderMethods {
  const _ = db.command
  const col = (name: string) => db.collection(name)
  /** A missing document makes doc().get() reject (reference-sdk-api/database/document/Document.get). */
  const tget = async <T>(t: WxTransaction, name: string, id: string): Promise<T | null> => {
    try {
      return strip<T>((await t.collection(name).doc(id).get()).data)
    } catch (err) {
      if (isMissing(err)) return null
      throw err
    }
  }
  const creditsOf = async (openid: string, template: string) =>
    strip<CreditDoc>((await col('reminderCredits').where({ _id: creditId(openid, template) }).limit(1).get()).data[0])?.credits ?? 0

  const claimOne = async (log: ReminderLogDoc): Promise<'claimed' | 'duplicate' | 'noCredit'> => {
    try {
      return await db.runTransaction(async (t) => {
        if (await tget<ReminderLogDoc>(t, 'reminderLog', log.id)) return 'duplicate' as const
        const credit = await tget<CreditDoc>(t, 'reminderCredits', creditId(log.openid, log.template))
        if (!credit || credit.credits <= 0) return 'noCredit' as const
        await t.collection('reminderCredits').doc(creditId(log.openid, log.template)).update({ data: { credits: credit.credits - 1 } })
        await t.collection('reminderLog').add({ data: { _id: log.id, ...log, status: 'pending' } })
        return 'claimed' as const
      }, 10)
    } catch (err) {
      // Another run stored the same day's entry first (add() of an existing _id fails).
      if (isDuplicate(err)) return 'duplicate'
      throw err
    }
  }

  return {
    async addReminderCredits(openid, template, n, at) {
      const id = creditId(openid, template)
      // _.inc is atomic on the server (reference-sdk-api/database/command/Command.inc); the first credit creates the record.
      for (let attempt = 0; attempt < 3; attempt++) {
        const r = await col('reminderCredits').doc(id).update({ data: { credits: _.inc(n), updatedAt: at } })
        if (r.stats.updated === 1) return creditsOf(openid, template)
        try {
          await col('reminderCredits').add({ data: { _id: id, openid, template, credits: n, updatedAt: at } })
          return n
        } catch (err) {
          if (!isDuplicate(err)) throw err // someone created it meanwhile: add to theirs
        }
      }
      throw new Error('addReminderCredits: could not store the credit')
    },
    async reminderCredits(openids, template) {
      const out: Record<string, number> = Object.fromEntries(openids.map((o) => [o, 0]))
      for (let i = 0; i < openids.length; i += PAGE_LIMIT) {
        const ids = openids.slice(i, i + PAGE_LIMIT).map((o) => creditId(o, template))
        const got = await col('reminderCredits').where({ _id: _.in(ids) }).limit(PAGE_LIMIT).get()
        for (const d of got.data) {
          const c = strip<CreditDoc>(d) as CreditDoc
          out[c.openid] = c.credits
        }
      }
      return out
    },
    async claimReminders(logs) {
      // One transaction per member (doc-id operations only, db.runTransaction), run side by side.
      return Promise.all(logs.map((log) => claimOne(log)))
    },
    async settleReminders(settled) {
      await Promise.all(
        settled.map(async ({ log, status, errcode, credit }) => {
          await col('reminderLog').doc(log.id).update({ data: { status, errcode } })
          const id = creditId(log.openid, log.template)
          if (credit === 'refund') await col('reminderCredits').doc(id).update({ data: { credits: _.inc(1) } })
          if (credit === 'clear') await col('reminderCredits').doc(id).update({ data: { credits: 0 } })
        })
      )
    },
    async remindersOf(openid, limit) {
      const got = await col('reminderLog').where({ openid, status: 'sent' }).orderBy('at', 'desc').orderBy('_id', 'desc').limit(Math.min(limit, PAGE_LIMIT)).get()
      return got.data.map((d) => strip<ReminderLogDoc>(d) as ReminderLogDoc)
    },
    async applicationsDue(deadlines, afterId, limit) {
      const got = await col('applications')
        .where({ deadline: _.in([...deadlines]), _id: _.gt(afterId) })
        .orderBy('_id', 'asc')
        .limit(Math.min(limit, PAGE_LIMIT))
        .get()
      return got.data.map((d) => strip<ApplicationDoc>(d) as ApplicationDoc)
    },
    async getReminderRun(day) {
      return strip<ReminderRunDoc>((await col('reminderRuns').where({ _id: day }).limit(1).get()).data[0])
    },
    async putReminderRun(run) {
      await col('reminderRuns').doc(run.day).set({ data: { ...run } })
    }
  }
}
