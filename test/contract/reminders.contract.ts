/**
 * The reminder part of the store port (credits, the reminder log, the scan cursor), one contract for both
 * bindings: SQLite for real and the WeChat cloud database against the documented stand-in.
 */
import type { ReminderLogDoc, ReminderStatus, Store } from '../../src/cloud/ports/store'
import { app, member } from './store.contract'

export const logEntry = (day: string, appId: string, openid: string, at = `${day}T02:00:00.000Z`): ReminderLogDoc => ({
  id: `${day}_${appId}_${openid}`,
  day,
  appId,
  openid,
  template: 'deadline',
  status: 'pending',
  errcode: null,
  at,
  message: {
    kind: 'member',
    title: '潍坊市坊子区动力装备特色产业集群',
    body: '您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。',
    deadlineLine: '截止日期：2024-04-30（还剩 3 天）',
    itemId: 's2.totalOutput',
    page: `pages/messages/index?app=${appId}&item=s2.totalOutput`,
    data: { thing1: { value: '潍坊市坊子区动力装备特色产业集群' }, thing2: { value: '第二部分还有20项必填未填' }, time3: { value: '2024年4月30日 23:59' }, phrase4: { value: '剩三天' } }
  }
})

export function remindersContract(name: string, make: () => Store) {
  describe(`store contract, reminders: ${name}`, () => {
    let store: Store
    beforeEach(() => {
      store = make()
    })
    const credits = async (openid: string) => (await store.reminderCredits([openid], 'deadline'))[openid]
    const claim = async (log: ReminderLogDoc) => (await store.claimReminders([log]))[0]
    const settle = (log: ReminderLogDoc, status: ReminderStatus, errcode: number | null, credit: 'keep' | 'refund' | 'clear') => store.settleReminders([{ log, status, errcode, credit }])

    it('counts one credit per accepted subscription, per user and template', async () => {
      expect(await store.reminderCredits(['o1', 'o2'], 'deadline')).toEqual({ o1: 0, o2: 0 })
      expect(await store.addReminderCredits('o1', 'deadline', 1, 't1')).toBe(1)
      expect(await store.addReminderCredits('o1', 'deadline', 1, 't2')).toBe(2)
      expect(await store.addReminderCredits('o1', 'other', 1, 't2')).toBe(1)
      expect(await store.reminderCredits(['o1', 'o2'], 'deadline')).toEqual({ o1: 2, o2: 0 })
    })

    it('counts every credit of users accepting at the same moment', async () => {
      await Promise.all(Array.from({ length: 5 }, (_, i) => store.addReminderCredits('o1', 'deadline', 1, `t${i}`)))
      expect(await credits('o1')).toBe(5)
    })

    it('claims a reminder by spending one credit, and refuses a user without one, storing nothing', async () => {
      expect(await claim(logEntry('2024-04-27', 'a1', 'o1'))).toBe('noCredit')
      await store.addReminderCredits('o1', 'deadline', 1, 't')
      expect(await claim(logEntry('2024-04-27', 'a1', 'o1'))).toBe('claimed')
      expect(await credits('o1')).toBe(0)
    })

    it('claims a member’s reminder of a day once, however often it is tried, spending one credit', async () => {
      await store.addReminderCredits('o1', 'deadline', 3, 't')
      const tries = await Promise.all([1, 2, 3].map(() => claim(logEntry('2024-04-27', 'a1', 'o1'))))
      expect(tries.filter((t) => t === 'claimed')).toHaveLength(1)
      expect(tries.filter((t) => t === 'duplicate')).toHaveLength(2)
      expect(await credits('o1')).toBe(2)
      expect(await claim(logEntry('2024-04-28', 'a1', 'o1'))).toBe('claimed')
    })

    it('claims a batch in order, each on its own: one without credit does not stop the others', async () => {
      await store.addReminderCredits('o1', 'deadline', 1, 't')
      await store.addReminderCredits('o3', 'deadline', 2, 't')
      const batch = [logEntry('2024-04-27', 'a1', 'o1'), logEntry('2024-04-27', 'a1', 'o2'), logEntry('2024-04-27', 'a1', 'o3'), logEntry('2024-04-27', 'a1', 'o1')]
      expect(await store.claimReminders(batch.slice(0, 3))).toEqual(['claimed', 'noCredit', 'claimed'])
      expect(await store.claimReminders(batch.slice(3))).toEqual(['duplicate'])
      expect(await store.claimReminders([])).toEqual([])
      await store.settleReminders([
        { log: batch[0], status: 'sent', errcode: null, credit: 'keep' },
        { log: batch[2], status: 'failed', errcode: 40003, credit: 'refund' }
      ])
      expect((await store.remindersOf('o1', 10)).map((l) => l.status)).toEqual(['sent'])
      expect(await store.remindersOf('o3', 10)).toEqual([])
      expect([await credits('o1'), await credits('o3')]).toEqual([0, 2])
    })

    it('spends the last credit once when two reminders race for it', async () => {
      await store.addReminderCredits('o1', 'deadline', 1, 't')
      const tries = await Promise.all([claim(logEntry('2024-04-27', 'a1', 'o1')), claim(logEntry('2024-04-27', 'a2', 'o1'))])
      expect(tries.sort()).toEqual(['claimed', 'noCredit'])
      expect(await credits('o1')).toBe(0)
    })

    it('lists only sent reminders, newest first; a refused send gives the credit back, 43101 sets it to 0', async () => {
      await store.addReminderCredits('o1', 'deadline', 5, 't')
      const days = ['2024-04-23', '2024-04-27', '2024-04-29', '2024-04-30']
      for (const d of days) expect(await claim(logEntry(d, 'a1', 'o1'))).toBe('claimed')
      expect(await store.remindersOf('o1', 10)).toEqual([])
      await settle(logEntry(days[0], 'a1', 'o1'), 'sent', null, 'keep')
      await settle(logEntry(days[1], 'a1', 'o1'), 'sent', null, 'keep')
      await settle(logEntry(days[2], 'a1', 'o1'), 'invalid', 47003, 'refund')
      expect(await credits('o1')).toBe(2)
      const sent = await store.remindersOf('o1', 10)
      expect(sent.map((l) => [l.day, l.status, l.errcode])).toEqual([
        ['2024-04-27', 'sent', null],
        ['2024-04-23', 'sent', null]
      ])
      expect(sent[0]).toEqual({ ...logEntry(days[1], 'a1', 'o1'), status: 'sent' })
      expect((await store.remindersOf('o1', 1)).map((l) => l.day)).toEqual(['2024-04-27'])
      expect(await store.remindersOf('o2', 10)).toEqual([])
      await settle(logEntry(days[3], 'a1', 'o1'), 'noCredit', 43101, 'clear')
      expect(await credits('o1')).toBe(0)
    })

    it('finds applications due by deadline in id order after a cursor, a page at a time', async () => {
      const due = ['2024-04-27', '2024-04-30']
      for (const [id, deadline] of [['a3', '2024-04-30'], ['a1', '2024-04-27'], ['a2', '2024-05-09'], ['a4', null], ['a5', '2024-04-27']] as const) {
        await store.createApplication({ ...app(id, 'o1'), deadline }, member(id, 'o1', 'owner'))
      }
      expect((await store.applicationsDue(due, '', 10)).map((a) => a.id)).toEqual(['a1', 'a3', 'a5'])
      expect((await store.applicationsDue(due, '', 2)).map((a) => a.id)).toEqual(['a1', 'a3'])
      expect((await store.applicationsDue(due, 'a3', 2)).map((a) => a.id)).toEqual(['a5'])
      expect(await store.applicationsDue(due, 'a5', 2)).toEqual([])
      expect((await store.applicationsDue(due, '', 1))[0]).toEqual({ ...app('a1', 'o1'), deadline: '2024-04-27' })
    })

    it('keeps the day’s scan cursor', async () => {
      expect(await store.getReminderRun('2024-04-27')).toBeNull()
      await store.putReminderRun({ day: '2024-04-27', cursor: 'a3', done: false, updatedAt: 't1' })
      await store.putReminderRun({ day: '2024-04-27', cursor: 'a5', done: true, updatedAt: 't2' })
      expect(await store.getReminderRun('2024-04-27')).toEqual({ day: '2024-04-27', cursor: 'a5', done: true, updatedAt: 't2' })
      expect(await store.getReminderRun('2024-04-28')).toBeNull()
    })
  })
}
