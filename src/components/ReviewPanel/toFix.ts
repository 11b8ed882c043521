/** What 提交 refused over, grouped by section in form order (pure): a header per section, its findings under it. */
import type { ToFix } from '../../cloud/core'
import { FORM, sectionOf, type SectionId } from '../../form'

export interface ToFixGroup {
  /** The group's key: the section id, or 'other'. */
  key: string
  section: SectionId | null
  title: string
  items: ToFix[]
}

export const TOFIX_OPEN = '展开'
export const TOFIX_CLOSE = '收起'
export const toFixGroupTitle = (title: string, n: number) => `${title}（${n} 处）`

export function groupToFix(toFix: readonly ToFix[]): ToFixGroup[] {
  const groups = new Map<SectionId | null, ToFix[]>()
  for (const f of toFix) {
    const section = sectionOf(f.itemIds[0] ?? '')?.id ?? null
    groups.set(section, [...(groups.get(section) ?? []), f])
  }
  const order = (id: SectionId | null) => (id === null ? FORM.sections.length : FORM.sections.findIndex((s) => s.id === id))
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([section, items]) => ({ key: section ?? 'other', section, title: FORM.sections.find((s) => s.id === section)?.title ?? '其他', items }))
}
