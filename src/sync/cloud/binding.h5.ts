import Taro from '@tarojs/taro'
import type { FunctionName, WhoamiResult } from '../../cloud/core'
import { fail, type CloudResult } from '../../errors'
import type { SignInState } from './binding'
import { clearDevSession, readDevSession } from './devSession.h5'
import { signInFromWhoami } from './whoami'

/** The local cloud serves the H5 build, so functions live on the same origin. */
export async function callFunction<T = any>(name: FunctionName, data: Record<string, unknown>): Promise<CloudResult<T>> {
  const session = readDevSession()
  try {
    const res = await fetch(`/api/functions/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { authorization: `Bearer ${session.token}` } : {})
      },
      body: JSON.stringify(data)
    })
    return (await res.json()) as CloudResult<T>
  } catch {
    return fail('NETWORK')
  }
}

export async function ensureSignedIn(): Promise<SignInState> {
  const session = readDevSession()
  if (session !== null) {
    const r = await callFunction<WhoamiResult>('whoami', {})
    if (r.ok) return signInFromWhoami(r)
    // A network failure, a busy server or a reload in the middle of the check keeps the session: what is on the
    // device stays usable and the next call tries again. Only the server saying the session is unknown or
    // expired (the local data folder was reset, 30 days passed) ends it.
    if (r.error.code !== 'UNAUTHENTICATED') return { kind: 'signedIn', openid: session.openid, displayName: session.displayName }
    clearDevSession()
  }
  await Taro.redirectTo({ url: '/pages/dev-login/index' })
  return { kind: 'redirectedToLogin' }
}
