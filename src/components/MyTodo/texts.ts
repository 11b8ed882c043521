/** What 我的待办 says (pure, so every text is tested). */
export const TODO_TITLE = '我的待办'
export const TODO_EMPTY = '您负责的部分已全部完成，暂无待办。'
export const SUBSCRIBE_BUTTON = '接收截止提醒'
export const SUBSCRIBE_DECLINED = '您没有同意接收提醒；需要时可再点“接收截止提醒”。'

/** How many reminders the member will still receive (one per accepted subscription). */
export function creditsText(credits: number | null): string {
  if (credits === null) return '正在读取提醒次数…'
  return credits > 0 ? `还可收到 ${credits} 条截止提醒` : '您还没有订阅截止提醒，截止前不会收到微信提醒'
}
