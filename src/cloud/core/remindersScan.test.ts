import { COMPLETE_APPLICATION } from '../../../test/fixtures/completeApplication'
import { testContext } from '../../../test/helpers/context'
import { storeAnswers } from '../../../test/helpers/storeAnswers'
import { createWxDatabaseStandIn } from '../../../test/stand-ins/wxDatabase'
import { createSubscribeStandIn, type SubscribeStandIn } from '../../../test/stand-ins/wxSubscribe'
import { REMINDER_CONFIG, type ReminderConfig } from '../../reminders'
import type { Answers } from '../../rules'
import { openDb } from '../local/db'
import { createOutboxSender, readOutbox } from '../local/outboxSender'
import { createSqliteStore } from '../local/sqliteStore'
import { tempDataDir } from '../../../test/helpers/localCloud'
import type { Store } from '../ports/store'
import { createWxSender } from '../ports/wxSender'
import { createWxStore } from '../ports/wxStore'
import { runFunction } from './registry'
import { runReminderScan, type ScanSummary } from './remindersScan'

const TEMPLATE_ID = 'tmpl_deadline'
const FIELDS = ['thing1', 'thing2', 'time3', 'phrase4']
const without = (...prefixes: string[]): Answers => Object.fromEntries(Object.entries(COMPLETE_APPLICATION).filter(([k]) => !prefixes.some((p) => k.startsWith(p))))
/**
 * Answers as patchAnswers stores them: an answer's own `evidence` list is not stored with it (evidence is kept
 * apart), so the one choice whose fixture answer carries evidence is answered 否, which needs none.
 */
const stored = (answers: Answers): Answers => ('s5.carbonMonitoring' in answers ? { ...answers, 's5.carbonMonitoring': { value: 's5.carbonMonitoring.2' } } : answers)
/** 10:00 in Shanghai, 3 days before the deadline 2024-04-30. */
const THREE_DAYS = '2024-04-27T02:00:00.000Z'

interface World {
  store: Store
  wx: SubscribeStandIn
  appIds: string[]
  scan(now: string, config?: ReminderConfig, restart?: boolean): Promise<ScanSummary>
  /** A credit in our store and the matching subscription at WeChat. */
  accept(openid: string, times?: number): Promise<void>
}

/**
 * Applications with an owner (o_owner) and two operators (o_a: 二, o_b: 三), each holding `answers`, on the cloud
 * database stand-in, sending through the subscribeMessage stand-in.
 */
async function world(answers: Answers, count = 1, deadline = '2024-04-30', templates: Record<string, string[]> = { [TEMPLATE_ID]: FIELDS }): Promise<World> {
  const store = createWxStore(createWxDatabaseStandIn())
  const wx = createSubscribeStandIn(templates, ['pages/messages/index'])
  const owner = testContext('o_owner', '2024-04-01T02:00:00.000Z', store)
  const appIds: string[] = []
  for (let i = 0; i < count; i++) {
    const created = await runFunction('createApplication', { displayName: '王负责', clusterName: '潍坊市坊子区动力装备特色产业集群', deadline }, owner)
    if (!created.ok) throw new Error(created.error.code)
    const appId = (created.data as { id: string }).id
    for (const [openid, displayName, sections] of [['o_a', '财务', ['s2']], ['o_b', '科技', ['s3']]] as const) {
      await store.putMember({ appId, openid, displayName, role: 'operator', sections: [...sections], joinedAt: '2024-04-01T02:00:00.000Z', removedAt: null })
    }
    await storeAnswers(owner, appId, stored(answers), `op-${i}`)
    appIds.push(appId)
  }
  return {
    store,
    wx,
    appIds,
    scan: (now, config = REMINDER_CONFIG, restart = false) =>
      runReminderScan({ store, clock: { now: () => new Date(now) }, sender: createWxSender(wx), templateId: TEMPLATE_ID, config }, { restart }),
    async accept(openid, times = 1) {
      for (let i = 0; i < times; i++) {
        const r = await runFunction('grantReminderCredit', { templates: ['deadline'] }, testContext(openid, THREE_DAYS, store))
        if (!r.ok) throw new Error(r.error.code)
      }
      wx.accept(openid, TEMPLATE_ID, times)
    }
  }
}

const credits = async (w: World, openid: string) => (await w.store.reminderCredits([openid], 'deadline'))[openid]
const messagesOf = async (w: World, openid: string) => {
  const r = await runFunction('listMessages', {}, testContext(openid, THREE_DAYS, w.store))
  if (!r.ok) throw new Error(r.error.code)
  return r.data as { body: string; itemId: string | null; title: string; deadlineLine: string; day: string; kind: string }[]
}

describe('the reminder scan', () => {
  it('sends an operator with an unfinished section one reminder and the owner a summary, spending one credit each', async () => {
    const w = await world(without('s2.'))
    for (const o of ['o_owner', 'o_a', 'o_b']) await w.accept(o)
    expect(await w.scan(THREE_DAYS)).toEqual({ day: '2024-04-27', applications: 1, planned: 2, unchecked: 0, sent: 2, noCredit: 0, duplicate: 0, invalid: 0, failed: 0, done: true })
    expect([...w.wx.sent].sort((a, b) => (a.touser < b.touser ? -1 : 1))).toEqual([
      {
        touser: 'o_a',
        templateId: TEMPLATE_ID,
        page: `pages/messages/index?app=${w.appIds[0]}&item=s2.totalOutput`,
        miniprogramState: 'formal',
        data: { thing1: { value: '潍坊市坊子区动力装备特色产业集群' }, thing2: { value: '第二部分还有20项必填未填' }, time3: { value: '2024年4月30日 23:59' }, phrase4: { value: '剩三天' } }
      },
      {
        touser: 'o_owner',
        templateId: TEMPLATE_ID,
        page: `pages/messages/index?app=${w.appIds[0]}`,
        miniprogramState: 'formal',
        data: { thing1: { value: '潍坊市坊子区动力装备特色产业集群' }, thing2: { value: '1人未完成：财务' }, time3: { value: '2024年4月30日 23:59' }, phrase4: { value: '剩三天' } }
      }
    ])
    expect([await credits(w, 'o_owner'), await credits(w, 'o_a'), await credits(w, 'o_b')]).toEqual([0, 0, 1])
    expect(await messagesOf(w, 'o_a')).toEqual([
      {
        id: `2024-04-27_${w.appIds[0]}_o_a`,
        appId: w.appIds[0],
        day: '2024-04-27',
        at: THREE_DAYS,
        kind: 'member',
        title: '潍坊市坊子区动力装备特色产业集群',
        body: '您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。',
        deadlineLine: '截止日期：2024-04-30（还剩 3 天）',
        itemId: 's2.totalOutput'
      }
    ])
    expect(await messagesOf(w, 'o_b')).toEqual([])
  })

  it('sends nothing twice when it runs again the same day, and reminds again on the next scheduled day', async () => {
    const w = await world(without('s2.'))
    await w.accept('o_a', 3)
    expect((await w.scan(THREE_DAYS)).sent).toBe(1)
    const rerun = await w.scan('2024-04-27T09:00:00.000Z', REMINDER_CONFIG, true)
    expect(rerun).toMatchObject({ sent: 0, duplicate: 1 })
    expect(await w.scan('2024-04-27T10:00:00.000Z')).toMatchObject({ applications: 1, sent: 0, duplicate: 1, done: true })
    expect(w.wx.sent).toHaveLength(1)
    expect(await credits(w, 'o_a')).toBe(2)
    expect(await w.scan('2024-04-28T02:00:00.000Z')).toMatchObject({ applications: 0, sent: 0 })
    expect(await w.scan('2024-04-29T02:00:00.000Z')).toMatchObject({ applications: 1, sent: 1 })
    expect(w.wx.sent.map((m) => m.data.phrase4.value)).toEqual(['剩三天', '明天截止'])
  })

  it('sends nothing to members without a credit, and does not even check an application where nobody has one', async () => {
    const w = await world(without('s2.', 's3.'), 2)
    expect(await w.scan(THREE_DAYS)).toMatchObject({ applications: 2, planned: 0, unchecked: 6, sent: 0 })
    await w.accept('o_b')
    // 科技's one credit is spent in the first application; in the second nobody has one left.
    expect(await w.scan(THREE_DAYS, REMINDER_CONFIG, true)).toMatchObject({ applications: 2, planned: 3, unchecked: 3, sent: 1, noCredit: 2 })
    expect(w.wx.sent.map((m) => m.touser)).toEqual(['o_b'])
  })

  it('sends nothing to members whose sections are finished', async () => {
    const w = await world(COMPLETE_APPLICATION)
    for (const o of ['o_owner', 'o_a', 'o_b']) await w.accept(o)
    expect(await w.scan(THREE_DAYS)).toMatchObject({ applications: 1, planned: 0, sent: 0 })
  })

  it('sends nothing to a removed member, even with credits', async () => {
    const w = await world(without('s2.'))
    await w.accept('o_a')
    await w.store.putMember({ appId: w.appIds[0], openid: 'o_a', displayName: '财务', role: 'operator', sections: ['s2'], joinedAt: '2024-04-01T02:00:00.000Z', removedAt: '2024-04-20T00:00:00.000Z' })
    expect(await w.scan(THREE_DAYS)).toMatchObject({ sent: 0, unchecked: 2 })
    expect(w.wx.sent).toEqual([])
  })

  it('counts the day from midnight in Shanghai: 23:59 on the 26th is not a reminder day, 00:00 on the 27th is', async () => {
    const w = await world(without('s2.'))
    await w.accept('o_a')
    expect(await w.scan('2024-04-26T15:59:00.000Z')).toMatchObject({ day: '2024-04-26', applications: 0, sent: 0 })
    expect(await w.scan('2024-04-26T16:00:00.000Z')).toMatchObject({ day: '2024-04-27', applications: 1, sent: 1 })
  })

  it('records 43101 for one member, sets their credit to 0 and goes on with the others', async () => {
    const w = await world(without('s2.', 's3.'))
    await w.accept('o_a')
    await w.accept('o_b')
    // Our store counts a credit WeChat no longer has (e.g. used by another device's request).
    await runFunction('grantReminderCredit', { templates: ['deadline'] }, testContext('o_owner', THREE_DAYS, w.store))
    expect(await w.scan(THREE_DAYS)).toMatchObject({ planned: 3, sent: 2, noCredit: 1, failed: 0 })
    expect(w.wx.sent.map((m) => m.touser)).toEqual(['o_a', 'o_b'])
    expect(await credits(w, 'o_owner')).toBe(0)
  })

  it('records 47003, gives the credit back and finishes the batch', async () => {
    // A template with a fifth field the configuration does not fill: WeChat refuses every message with 47003.
    const w = await world(without('s2.'), 2, '2024-04-30', { [TEMPLATE_ID]: [...FIELDS, 'thing5'] })
    await w.accept('o_a')
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {})
    // Refused in the first application, the credit comes back and is tried (and refused) in the second.
    expect(await w.scan(THREE_DAYS)).toMatchObject({ applications: 2, planned: 4, sent: 0, invalid: 2, noCredit: 2, done: true })
    expect(await credits(w, 'o_a')).toBe(1)
    expect(await messagesOf(w, 'o_a')).toEqual([])
    expect(logged).toHaveBeenCalledWith(`reminder 2024-04-27_${w.appIds[0]}_o_a refused (47003): openapi.subscribeMessage.send:fail 47003 argument invalid! data.thing5.value is empty`)
    logged.mockRestore()
  })

  it('works in batches with a cursor: a run stopped by its batch limit is continued by the next, a finished pass starts over', async () => {
    const w = await world(without('s2.'), 5)
    await w.accept('o_a', 5)
    const small = { ...REMINDER_CONFIG, policy: { ...REMINDER_CONFIG.policy, batchSize: 2, maxBatchesPerRun: 1 } }
    const runs = []
    for (let i = 0; i < 4; i++) runs.push(await w.scan(`2024-04-27T0${2 + i}:00:00.000Z`, small))
    expect(runs.map((r) => [r.applications, r.sent, r.done])).toEqual([
      [2, 2, false],
      [2, 2, false],
      [1, 1, true],
      [2, 0, false]
    ])
    expect(w.wx.sent.map((m) => m.page.split('&')[0])).toEqual(w.appIds.map((id) => `pages/messages/index?app=${id}`))
  })

  it('stops at its time budget and leaves the rest to the next run', async () => {
    const w = await world(without('s2.'), 3)
    await w.accept('o_a', 3)
    let t = new Date(THREE_DAYS).getTime()
    // Every reading of the clock is 10 s later: the first batch starts within the 40 s budget, the next does not.
    const slow = { now: () => new Date((t += 10_000)) }
    const one = { ...REMINDER_CONFIG, policy: { ...REMINDER_CONFIG.policy, batchSize: 1 } }
    const first = await runReminderScan({ store: w.store, clock: slow, sender: createWxSender(w.wx), templateId: TEMPLATE_ID, config: one })
    expect(first.applications).toBeLessThan(3)
    expect(first.done).toBe(false)
    const rest = await w.scan('2024-04-27T05:00:00.000Z', one)
    expect(first.applications + rest.applications).toBe(3)
    expect(w.wx.sent).toHaveLength(3)
  })
})

describe('the reminder scan later the same day', () => {
  it('reminds an application whose deadline was set after the day’s first pass', async () => {
    const w = await world(without('s2.'), 1, '2024-05-30')
    await w.accept('o_a')
    expect(await w.scan(THREE_DAYS)).toMatchObject({ applications: 0, done: true })
    const owner = testContext('o_owner', THREE_DAYS, w.store)
    expect((await runFunction('updateApplication', { appId: w.appIds[0], deadline: '2024-04-30' }, owner)).ok).toBe(true)
    expect(await w.scan('2024-04-27T03:00:00.000Z')).toMatchObject({ applications: 1, sent: 1 })
  })
})

describe('the reminder scan on the local binding', () => {
  it('writes the message WeChat would receive into the SQLite outbox', async () => {
    const db = openDb(tempDataDir())
    const store = createSqliteStore(db)
    const owner = testContext('o_owner', '2024-04-01T02:00:00.000Z', store)
    const created = await runFunction('createApplication', { displayName: '王负责', clusterName: '潍坊市坊子区动力装备特色产业集群', deadline: '2024-04-30' }, owner)
    const appId = (created as { data: { id: string } }).data.id
    await store.putMember({ appId, openid: 'o_a', displayName: '财务', role: 'operator', sections: ['s2'], joinedAt: '2024-04-01T02:00:00.000Z', removedAt: null })
    await storeAnswers(owner, appId, without('s2.'))
    await store.addReminderCredits('o_a', 'deadline', 1, THREE_DAYS)
    const clock = { now: () => new Date(THREE_DAYS) }
    expect(await runReminderScan({ store, clock, sender: createOutboxSender(db, clock), templateId: 'local-deadline-reminder' })).toMatchObject({ sent: 1 })
    expect(readOutbox(db)).toEqual([
      {
        touser: 'o_a',
        templateId: 'local-deadline-reminder',
        page: `pages/messages/index?app=${appId}&item=s2.totalOutput`,
        data: { thing1: { value: '潍坊市坊子区动力装备特色产业集群' }, thing2: { value: '第二部分还有20项必填未填' }, time3: { value: '2024年4月30日 23:59' }, phrase4: { value: '剩三天' } },
        at: THREE_DAYS
      }
    ])
  })
})
