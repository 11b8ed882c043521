/**
 * An invite link opened before signing in (the browser build sends the visitor to dev login first) is kept on
 * the device until the join has been tried, so signing in does not forget it.
 */
import { taroKeyValue } from './device'

const KEY = 'cluster-declare.pendingInvite.v1'

export function rememberInvite(token: string): void {
  taroKeyValue.set(KEY, token)
}

export function pendingInvite(): string | null {
  return taroKeyValue.get(KEY)
}

export function forgetInvite(): void {
  taroKeyValue.set(KEY, '')
}
