/** Every text the review panel shows (tested with its full wording in test/components/ReviewPanel.test.tsx). */
import { answerableItems, FORM, findItem, type Item } from '../../form'

export type Status = 'draft' | 'submitted' | 'returned' | 'approved'

export const REVIEW_TEXT = {
  status: (s: Status, returned: number) =>
    ({ draft: '申报状态：填写中', submitted: '申报状态：已提交，等待县级审核（内容已锁定）', returned: `申报状态：县级审核退回修改 ${returned} 项`, approved: '申报状态：县级审核已通过' })[s],
  submit: '提交申报',
  submitted: '已提交，等待县级审核。',
  reopen: '撤回修改',
  reopenReason: '撤回原因（必填）',
  reopened: (version: number) => `已撤回，可以修改；新版本为第 ${version} 版。`,
  needReason: '请先填写撤回原因。',
  approve: '审核通过',
  approved: '已审核通过。',
  returnItem: '栏目名称（如：集群总产值）',
  returnComment: '退回意见',
  addReturn: '添加退回项',
  sendReturn: '退回修改',
  returnedSent: (n: number) => `已退回 ${n} 项，等待填报人修改后重新提交。`,
  noSuchItem: (text: string) => `申报表中没有包含“${text}”的栏目，请换个说法。`,
  needComment: '请填写退回意见。',
  needReturns: '请先添加要退回的栏目。',
  returnedRow: (label: string, comment: string) => `${label}：${comment}（点此修改）`,
  pendingRow: (label: string, comment: string) => `将退回 ${label}：${comment}`,
  cityOpinion: '市级推荐意见',
  saveOpinion: '保存推荐意见',
  opinionSaved: '推荐意见已保存。',
  toFixRow: (message: string) => `${message}（点此修改）`,
  blocked: (n: number) => `还有 ${n} 处需要修改或说明，暂不能提交；点下面各条可直接去修改。`
}

/** The answerable item a reviewer means by a fragment of its printed label (first in form order). */
export function itemByText(text: string): Item | null {
  const t = text.trim()
  if (t === '') return null
  for (const section of FORM.sections) for (const item of answerableItems(section.id)) if (item.label.includes(t)) return item
  return null
}

export const labelOf = (itemId: string) => findItem(itemId)?.label ?? itemId
