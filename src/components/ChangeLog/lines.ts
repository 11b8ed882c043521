/** An answer's change history as lines a member reads (pure: fieldHistory's reply in, Chinese lines out). */
import type { Item } from '../../form'
import { formatAnswer } from '../../chat/format'
import { SHANGHAI_OFFSET_MS } from '../DeadlineBanner/deadline'

/** One audit entry as fieldHistory returns it (src/cloud/core/answers.ts). */
export interface AuditView {
  version: number
  oldValue: unknown
  newValue: unknown
  at: string
  byName: string | null
}

/** One replaced value: `conflict` when the write that replaced it was based on an older version (its author had not seen it). */
export interface ReplacedView {
  version: number
  conflict: boolean
}

export interface ChangeLine {
  version: number
  when: string
  who: string
  text: string
  /** The value this change replaced, formatted; null for a first answer. */
  before: string | null
  /** This write replaced a value its author had not seen. */
  overwrote: boolean
}

export const CHANGELOG_TITLE = (label: string) => `修改记录：${label}`
export const CHANGELOG_LOADING = '正在读取修改记录…'
export const CHANGELOG_EMPTY = '还没有修改记录。'
export const CHANGELOG_OVERWROTE = '这次修改覆盖了一位同事刚填的内容（填写时未看到）。'
export const CHANGELOG_CLOSE = '关闭'
export const CHANGELOG_LINK = '修改记录'
/** A member with no name on record: the openid is never shown. */
export const UNNAMED_MEMBER = '未留姓名的成员'

/** “2026年11月30日 14:05”, the applicants' clock (UTC+8 all year: see DeadlineBanner/deadline.ts). */
export function shanghaiTime(iso: string): string {
  const d = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

const empty = (v: unknown) => v === null || v === undefined

function describe(item: Item, a: AuditView): Pick<ChangeLine, 'text' | 'before'> {
  const before = empty(a.oldValue) ? null : `原为：${formatAnswer(item, a.oldValue)}`
  if (before === null) return { text: `填写：${formatAnswer(item, a.newValue)}`, before }
  return { text: empty(a.newValue) ? '清空了这一项' : `改为：${formatAnswer(item, a.newValue)}`, before }
}

/** Newest first. A write of version v replaced version v − 1: the replaced record says whether that was a conflict. */
export function changeLines(item: Item, audit: readonly AuditView[], replaced: readonly ReplacedView[]): ChangeLine[] {
  const conflicted = new Set(replaced.filter((r) => r.conflict).map((r) => r.version))
  return [...audit]
    .sort((x, y) => y.version - x.version)
    .map((a) => ({ version: a.version, when: shanghaiTime(a.at), who: a.byName ?? UNNAMED_MEMBER, ...describe(item, a), overwrote: conflicted.has(a.version - 1) }))
}
