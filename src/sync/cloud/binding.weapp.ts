import Taro from '@tarojs/taro'
import type { FunctionName, WhoamiResult } from '../../cloud/core'
import { fail, type CloudResult } from '../../errors'
import type { SignInState } from './binding'
import { signInFromWhoami } from './whoami'

let initialised = false

function init(): void {
  if (initialised) return
  // wx.cloud.init: env '' means the default environment; traceUser records visiting users in the console.
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
  initialised = true
}

export async function callFunction<T = any>(name: FunctionName, data: Record<string, unknown>): Promise<CloudResult<T>> {
  init()
  try {
    const res = await Taro.cloud.callFunction({ name, data })
    return res.result as CloudResult<T>
  } catch {
    return fail('NETWORK')
  }
}

/** In WeChat the platform knows the user: OPENID reaches the cloud function without any login step. */
export async function ensureSignedIn(): Promise<SignInState> {
  return signInFromWhoami(await callFunction<WhoamiResult>('whoami', {}))
}
