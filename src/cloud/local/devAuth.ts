import { randomBytes } from 'crypto'
import type { Caller, Clock } from '../core'
import type { Db } from './db'
import { MAX_DISPLAY_NAME, cleanName } from '../core/names'

/**
 * Dev logins exist only in the local cloud (this folder is never bundled into the weapp or a cloud
 * function). A display name maps to one stable local identity; each login gets a fresh session token.
 */
export interface DevAuth {
  login(displayName: string): { token: string; caller: Caller } | null
  resolve(token: string): Caller | null
  /** Ends one session; true when it existed. */
  logout(token: string): boolean
}

/** A dev session lasts 30 days from login; then the browser signs in again. */
export const SESSION_DAYS = 30
const SESSION_MS = SESSION_DAYS * 24 * 3600 * 1000

/** A dev user's name is checked as a member's name is (src/cloud/core/names.ts): no control or bidi characters. */
export const normalizeDisplayName = (raw: unknown): string | null => cleanName(raw, MAX_DISPLAY_NAME)

export function createDevAuth(db: Db, clock: Clock): DevAuth {
  const findUser = db.prepare<[string], { openid: string; display_name: string }>(
    'SELECT openid, display_name FROM users WHERE display_name = ?'
  )
  const insertUser = db.prepare('INSERT INTO users (openid, display_name, created_at) VALUES (?, ?, ?)')
  const insertSession = db.prepare('INSERT INTO sessions (token, openid, created_at) VALUES (?, ?, ?)')
  const findSession = db.prepare<[string], { openid: string; display_name: string; created_at: string }>(
    `SELECT u.openid, u.display_name, s.created_at FROM sessions s JOIN users u ON u.openid = s.openid WHERE s.token = ?`
  )
  const deleteSession = db.prepare('DELETE FROM sessions WHERE token = ?')

  const login = db.transaction((name: string) => {
    const now = clock.now().toISOString()
    let user = findUser.get(name)
    if (!user) {
      user = { openid: `local_${randomBytes(12).toString('hex')}`, display_name: name }
      insertUser.run(user.openid, name, now)
    }
    const token = randomBytes(32).toString('hex')
    insertSession.run(token, user.openid, now)
    return { token, caller: { openid: user.openid, displayName: user.display_name } }
  })

  return {
    login(displayName) {
      const name = normalizeDisplayName(displayName)
      return name === null ? null : login(name)
    },
    resolve(token) {
      if (!/^[0-9a-f]{64}$/.test(token)) return null
      const row = findSession.get(token)
      if (!row) return null
      if (Date.parse(row.created_at) + SESSION_MS <= clock.now().getTime()) {
        deleteSession.run(token)
        return null
      }
      return { openid: row.openid, displayName: row.display_name }
    },
    logout(token) {
      if (!/^[0-9a-f]{64}$/.test(token)) return false
      return deleteSession.run(token).changes === 1
    }
  }
}
