/**
 * One interface, two bindings chosen by file at build time (Taro resolves `binding.weapp.ts` or
 * `binding.h5.ts` for `./binding`): WeChat cloud functions in the weapp, HTTP to the local cloud in H5.
 */
import type { CloudResult } from '../../errors'
import type { FunctionName } from '../../cloud/core'

export function callFunction<T = any>(name: FunctionName, data: Record<string, unknown>): Promise<CloudResult<T>>

export type SignInState =
  | { kind: 'signedIn'; openid: string; displayName: string | null }
  | { kind: 'redirectedToLogin' }
  | { kind: 'failed'; message: string }

/** Confirms who the user is; in H5 without a dev session it opens the dev login page instead. */
export function ensureSignedIn(): Promise<SignInState>
