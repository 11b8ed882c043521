export function inviteLink(token: string, roleName: string): string {
  return `邀请链接（发给${roleName}打开）：${window.location.origin}/#/pages/index/index?invite=${token}`
}
