import type { WhoamiResult } from '../../cloud/core'
import type { CloudResult } from '../../errors'
import type { SignInState } from './binding'

/** Shared by both bindings: turn a whoami result into the page's sign-in state. */
export function signInFromWhoami(result: CloudResult<WhoamiResult>): SignInState {
  return result.ok
    ? { kind: 'signedIn', openid: result.data.openid, displayName: result.data.displayName }
    : { kind: 'failed', message: result.error.message }
}
