import { fail, type CloudResult } from '../../errors'

/** Browser-only dev sessions for the local cloud. Never imported by a weapp file. */
const KEY = 'cluster-declare.devSession'

export interface DevSession {
  token: string
  openid: string
  displayName: string
}

export function readDevSession(): DevSession | null {
  try {
    const raw = window.localStorage.getItem(KEY)
    if (raw === null) return null
    const parsed = JSON.parse(raw) as Partial<DevSession>
    return typeof parsed.token === 'string' && typeof parsed.openid === 'string' && typeof parsed.displayName === 'string'
      ? (parsed as DevSession)
      : null
  } catch {
    return null
  }
}

export function clearDevSession(): void {
  window.localStorage.removeItem(KEY)
}

export async function devLogin(displayName: string): Promise<CloudResult<DevSession>> {
  try {
    const res = await fetch('/api/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName })
    })
    const result = (await res.json()) as CloudResult<DevSession>
    if (result.ok) window.localStorage.setItem(KEY, JSON.stringify(result.data))
    return result
  } catch {
    return fail('NETWORK')
  }
}

/** Ends the dev session on the local cloud and forgets it here (sessions also expire after 30 days). */
export async function devLogout(): Promise<void> {
  const session = readDevSession()
  clearDevSession()
  if (session === null) return
  try {
    await fetch('/api/dev/logout', { method: 'POST', headers: { authorization: `Bearer ${session.token}` } })
  } catch {
    // The local cloud is not running: the session is forgotten here and expires there.
  }
}
