import { remindersContract } from '../../../test/contract/reminders.contract'
import { createWxDatabaseStandIn } from '../../../test/stand-ins/wxDatabase'
import { createWxStore } from './wxStore'

remindersContract('WeChat cloud database binding (against the documented stand-in)', () => createWxStore(createWxDatabaseStandIn()))

it('always bounds its reminder queries with limit()', async () => {
  const db = createWxDatabaseStandIn()
  const store = createWxStore(db)
  await store.reminderCredits(['o1'], 'deadline')
  await store.remindersOf('o1', 10)
  await store.applicationsDue(['2024-04-30'], '', 20)
  await store.getReminderRun('2024-04-27')
  await store.addReminderCredits('o1', 'deadline', 1, 't')
  expect(db.calls.unlimitedGets).toBe(0)
})
