import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as path from 'path'

export type Db = Database.Database

/** Each migration runs once, in order, inside a transaction; user_version records how far we got. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     openid TEXT PRIMARY KEY,
     display_name TEXT NOT NULL UNIQUE,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token TEXT PRIMARY KEY,
     openid TEXT NOT NULL REFERENCES users(openid),
     created_at TEXT NOT NULL
   );`
]

export const DB_FILE = 'local-cloud.sqlite'

/** Opens (creating if needed) the local cloud's SQLite file in WAL mode, so a crash loses no committed write. */
export function openDb(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true })
  const db = new Database(path.join(dataDir, DB_FILE))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v])
      db.pragma(`user_version = ${v + 1}`)
    })()
  }
}
