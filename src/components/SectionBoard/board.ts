/** What each section card on home says, as plain lines (pure, so every text is tested). */
import type { SectionProgress } from '../../chat'
import type { SectionId } from '../../form'

export interface BoardMember {
  displayName: string | null
  role: 'owner' | 'operator' | 'countyReviewer' | 'cityRecommender'
  sections: readonly string[]
}

export interface CardLines {
  count: string
  done: boolean
  lines: { tone: 'error' | 'warning' | 'info'; text: string }[]
}

const nameOf = (m: BoardMember) => m.displayName ?? '微信用户'

/** Who fills a section: the operators assigned to it, else the owner; 九 is the city's opinion and paper. */
export function assignedTo(section: SectionId, members: readonly BoardMember[]): string {
  if (section === 's9') {
    const city = members.filter((m) => m.role === 'cityRecommender').map(nameOf)
    return `推荐意见：${city.length ? city.join('、') : '市级推荐（尚未加入）'}`
  }
  const operators = members.filter((m) => m.role === 'operator' && m.sections.includes(section)).map(nameOf)
  if (operators.length) return `填报：${operators.join('、')}`
  const owner = members.find((m) => m.role === 'owner')
  return `填报：${owner ? nameOf(owner) : '负责人'}（负责人，尚未分给填报员）`
}

export function cardLines(p: SectionProgress, members: readonly BoardMember[]): CardLines {
  const lines: CardLines['lines'] = []
  if (p.errors.length) lines.push({ tone: 'error', text: `错误 ${p.errors.length} 处` })
  if (p.warnings.length) lines.push({ tone: 'warning', text: `待说明 ${p.warnings.length} 处` })
  if (p.missingEvidence.length) lines.push({ tone: 'warning', text: `缺佐证材料 ${p.missingEvidence.length} 项` })
  if (p.paperPlaces > 0) lines.push({ tone: 'info', text: `签字、盖章、日期 ${p.paperPlaces} 处：导出后在纸质申报表上完成` })
  lines.push({ tone: 'info', text: assignedTo(p.id, members) })
  if (p.required === 0) {
    const optional = p.total - p.answered
    return { count: p.total === 0 ? '无需在线填写' : optional > 0 ? '选填，尚未填写' : '已填写', done: true, lines }
  }
  const done = p.requiredAnswered === p.required
  return { count: done ? `已完成 ${p.required}/${p.required} 项必填` : `已填 ${p.requiredAnswered}/${p.required} 项必填`, done, lines }
}
