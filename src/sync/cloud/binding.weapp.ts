import Taro from '@tarojs/taro'
import type { FunctionName, WhoamiResult } from '../../cloud/core'
import { ROUTER_FUNCTION, type RouterEvent } from '../../cloud/router'
import { fail, type CloudResult } from '../../errors'
import type { SignInState } from './binding'
import { signInFromWhoami } from './whoami'
import { mapCloudError } from './wxErrors'

let initialised = false

function init(): void {
  if (initialised) return
  // wx.cloud.init: env '' means the default environment; traceUser records visiting users in the console.
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
  initialised = true
}

/** Every user call goes through the one router function (`{fn, data}`); pages keep calling by name. */
export async function callFunction<T = any>(name: FunctionName, data: Record<string, unknown>): Promise<CloudResult<T>> {
  init()
  try {
    const event: RouterEvent = { fn: name, data }
    const res = await Taro.cloud.callFunction({ name: ROUTER_FUNCTION, data: event as unknown as Record<string, unknown> })
    const result = res.result as CloudResult<T> | undefined
    return result && typeof result === 'object' && 'ok' in result ? result : fail('INTERNAL')
  } catch (err) {
    return fail(mapCloudError(err))
  }
}

/** In WeChat the platform knows the user: OPENID reaches the cloud function without any login step. */
export async function ensureSignedIn(): Promise<SignInState> {
  return signInFromWhoami(await callFunction<WhoamiResult>('whoami', {}))
}
