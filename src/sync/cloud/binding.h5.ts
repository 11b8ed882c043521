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
  if (readDevSession() !== null) {
    const state = signInFromWhoami(await callFunction<WhoamiResult>('whoami', {}))
    if (state.kind !== 'failed') return state
    // The local data folder may have been reset: the old token is gone, so sign in again.
    clearDevSession()
  }
  await Taro.redirectTo({ url: '/pages/dev-login/index' })
  return { kind: 'redirectedToLogin' }
}
