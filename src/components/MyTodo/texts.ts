/** What 我的待办 says (pure, so every text is tested). */
export const TODO_TITLE = '我的待办'
export const TODO_EMPTY = '您负责的部分已全部完成，暂无待办。'
/** A county reviewer fills nothing; an operator not assigned a part yet has nothing to fill. */
export const TODO_READ_ONLY = '您的角色只查看、不填写，没有待办。'
export const TODO_UNASSIGNED = '负责人还没有给您分配填报部分，分配后待办会显示在这里。'

/** What 我的待办 says when it lists nothing. */
export function emptyTodoText(role: string, sections: readonly string[]): string {
  if (role === 'countyReviewer') return TODO_READ_ONLY
  if (role === 'operator' && sections.length === 0) return TODO_UNASSIGNED
  return TODO_EMPTY
}
export const SUBSCRIBE_BUTTON = '接收截止提醒'
export const SUBSCRIBE_DECLINED = '您没有同意接收提醒；需要时可再点“接收截止提醒”。'

/** How many reminders the member will still receive (one per accepted subscription). */
export function creditsText(credits: number | null): string {
  if (credits === null) return '正在读取提醒次数…'
  return credits > 0 ? `还可收到 ${credits} 条截止提醒` : '您还没有订阅截止提醒，截止前不会收到提醒'
}
