import { remindersContract } from '../../../test/contract/reminders.contract'
import { tempDataDir } from '../../../test/helpers/localCloud'
import { openDb } from './db'
import { createSqliteStore } from './sqliteStore'

remindersContract('SQLite binding (real better-sqlite3 file)', () => createSqliteStore(openDb(tempDataDir())))
