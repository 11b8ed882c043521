import { evidenceContract } from '../../../test/contract/evidence.contract'
import { storeContract } from '../../../test/contract/store.contract'
import { storeFaults } from '../../../test/contract/store.faults'
import { createWxDatabaseStandIn } from '../../../test/stand-ins/wxDatabase'
import { createWxStore } from './wxStore'

storeContract('WeChat cloud database binding (against the documented stand-in)', () => createWxStore(createWxDatabaseStandIn()))
evidenceContract('WeChat cloud database binding (against the documented stand-in)', () => createWxStore(createWxDatabaseStandIn()))

it('always bounds its queries with limit()', async () => {
  const db = createWxDatabaseStandIn()
  const store = createWxStore(db)
  await store.listApplicationsOf('o1')
  await store.fieldsSince('a1', 0)
  await store.history('a1', 's1.area', 0)
  await store.audit('a1', 's1.area', 0)
  await store.conflictsSince('a1', 'o1', 0)
  await store.getOps('a1', ['p1'])
  expect(db.calls.unlimitedGets).toBe(0)
})

storeFaults('WeChat cloud database binding (against the documented stand-in)', () => {
  const db = createWxDatabaseStandIn()
  return { store: createWxStore(db), db }
})
