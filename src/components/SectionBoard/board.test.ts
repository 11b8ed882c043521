import { sectionProgress } from '../../chat'
import { assignedTo, cardLines } from './board'

const members = [
  { displayName: '王会计', role: 'owner' as const, sections: [] },
  { displayName: '财务', role: 'operator' as const, sections: ['s2'] },
  { displayName: null, role: 'cityRecommender' as const, sections: [] }
]

describe('home’s section cards', () => {
  it('names the operators of a section, or the owner when it is not assigned', () => {
    expect(assignedTo('s2', members)).toBe('填报：财务')
    expect(assignedTo('s3', members)).toBe('填报：王会计（负责人，尚未分给填报员）')
  })

  it('shows 九 as paper places and the city’s opinion, never as items waiting to be filled', () => {
    const [s9] = sectionProgress({}, [], ['s9'])
    expect(cardLines(s9, members)).toEqual({
      count: '选填，尚未填写',
      done: true,
      lines: [
        { tone: 'info', text: '签字、盖章、日期 5 处：导出后在纸质申报表上完成' },
        { tone: 'info', text: '推荐意见：微信用户' }
      ]
    })
  })

  it('counts required items done against required items', () => {
    const [s2] = sectionProgress({ 's2.totalOutput': { value: { '2021': '1', '2022': '2', '2023': '3' } } }, [], ['s2'])
    expect(cardLines(s2, members).count).toBe('已填 1/20 项必填')
  })
})
