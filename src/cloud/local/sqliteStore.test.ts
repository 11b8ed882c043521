import { evidenceContract } from '../../../test/contract/evidence.contract'
import { storeContract } from '../../../test/contract/store.contract'
import { storeFaults } from '../../../test/contract/store.faults'
import { tempDataDir } from '../../../test/helpers/localCloud'
import { openDb } from './db'
import { createSqliteStore } from './sqliteStore'

storeContract('SQLite binding (real better-sqlite3 file)', () => createSqliteStore(openDb(tempDataDir())))
evidenceContract('SQLite binding (real better-sqlite3 file)', () => createSqliteStore(openDb(tempDataDir())))

storeFaults('SQLite binding (real better-sqlite3 file)', () => ({ store: createSqliteStore(openDb(tempDataDir())) }))
