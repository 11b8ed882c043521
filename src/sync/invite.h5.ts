export function inviteLink(token: string): string {
  return `邀请链接（发给填报员打开）：${window.location.origin}/#/pages/index/index?invite=${token}`
}
