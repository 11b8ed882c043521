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
   );`,
  `CREATE TABLE applications (id TEXT PRIMARY KEY, owner_openid TEXT NOT NULL, doc TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL DEFAULT 0);
   CREATE TABLE members (app_id TEXT NOT NULL, openid TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (app_id, openid));
   CREATE INDEX members_by_openid ON members (openid);
   CREATE TABLE invites (token TEXT PRIMARY KEY, app_id TEXT NOT NULL, uses INTEGER NOT NULL, doc TEXT NOT NULL);
   CREATE TABLE fields (app_id TEXT NOT NULL, item_id TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL,
     PRIMARY KEY (app_id, item_id));
   CREATE INDEX fields_by_seq ON fields (app_id, seq);
   CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, app_id TEXT NOT NULL, item_id TEXT NOT NULL, doc TEXT NOT NULL);
   CREATE INDEX history_by_item ON history (app_id, item_id);
   CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, app_id TEXT NOT NULL, item_id TEXT NOT NULL, doc TEXT NOT NULL);
   CREATE INDEX audit_by_item ON audit (app_id, item_id);
   CREATE TABLE conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, app_id TEXT NOT NULL, openid TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL);
   CREATE INDEX conflicts_by_user ON conflicts (app_id, openid, seq);
   CREATE TABLE ops (op_id TEXT PRIMARY KEY, doc TEXT NOT NULL);`,
  `CREATE TABLE evidence (app_id TEXT NOT NULL, hash TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (app_id, hash));`,
  // Reminders: one-time subscription credits per user and template, the reminder log (one per member per day),
  // the day's scan cursor, and the outbox the local binding "sends" reminders to (WeChat delivers them instead).
  `CREATE TABLE reminder_credits (openid TEXT NOT NULL, template TEXT NOT NULL, credits INTEGER NOT NULL, updated_at TEXT NOT NULL,
     PRIMARY KEY (openid, template));
   CREATE TABLE reminder_log (id TEXT PRIMARY KEY, openid TEXT NOT NULL, status TEXT NOT NULL, errcode INTEGER, at TEXT NOT NULL, doc TEXT NOT NULL);
   CREATE INDEX reminder_log_by_user ON reminder_log (openid, status, at);
   CREATE TABLE reminder_runs (day TEXT PRIMARY KEY, doc TEXT NOT NULL);
   CREATE TABLE reminder_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, touser TEXT NOT NULL, template_id TEXT NOT NULL, page TEXT NOT NULL,
     data TEXT NOT NULL, at TEXT NOT NULL);`
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
