/** The address a colleague opens in the browser build. */
export function inviteUrl(token: string): string | null {
  return `${window.location.origin}/#/pages/index/index?invite=${token}`
}

export function inviteLink(token: string, roleName: string): string {
  return `邀请链接（发给${roleName}打开）：${inviteUrl(token)}`
}
