/** In WeChat an invite travels as a share card, not as an address. */
export function inviteUrl(_token: string): string | null {
  return null
}

export function inviteLink(_token: string, roleName: string): string {
  return `邀请已生成：点击右上角“…”→“转发”，把小程序卡片发给${roleName}。`
}
