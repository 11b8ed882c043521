import { COMPLETE_APPLICATION, withAnswer } from '../../test/fixtures/completeApplication'
import { ALL_SECTIONS, check, sectionProgress, type Answers } from '../rules'
import { firstMissing, memberTodo, shortTitle, todoScope } from './todo'

const NOW = new Date('2024-04-27T02:00:00Z')
const without = (prefix: string): Answers => Object.fromEntries(Object.entries(COMPLETE_APPLICATION).filter(([k]) => !k.startsWith(prefix)))
const todo = (answers: Answers, scope: Parameters<typeof memberTodo>[0]['scope'], returned: { itemId: string; comment: string }[] = [], deadline: string | null = '2024-04-30') =>
  memberTodo({ answers, progress: sectionProgress(answers, check(answers, { level: 'submit', now: NOW }), ALL_SECTIONS), scope, returned, deadline, now: NOW })

describe('我的待办 of one member', () => {
  it('names an incomplete assigned section and opens its first empty required question', () => {
    const t = todo(without('s2.'), ['s2'])
    expect(t.items.map((i) => i.text)).toEqual(['二、主导产业情况：还有 20 项必填未填写'])
    expect(t.firstItemId).toBe('s2.totalOutput')
    expect(t.deadlineText).toBe('截止日期：2024-04-30（还剩 3 天）')
    expect(t.daysLeft).toBe(3)
  })

  it('has nothing to do when the assigned sections are finished', () => {
    expect(todo(COMPLETE_APPLICATION, ['s2', 's3']).items).toEqual([])
    expect(todo(COMPLETE_APPLICATION, ['s2']).firstItemId).toBeNull()
  })

  it('does not name sections outside the member’s scope', () => {
    expect(todo(without('s2.'), ['s3']).items).toEqual([])
  })

  it('lists the county’s returned items first, with the comment, and opens them', () => {
    const t = todo(without('s3.'), ['s2', 's3'], [
      { itemId: 's2.totalOutput', comment: '请核对2022年数据' },
      { itemId: 's5.greenSystem', comment: '不在您的范围' }
    ])
    expect(t.items.map((i) => i.text)).toEqual(['县级审核退回“集群总产值（亿元）”：请核对2022年数据', '三、创新能力情况：还有 12 项必填未填写'])
    expect(t.firstItemId).toBe('s2.totalOutput')
  })

  it('names missing evidence and warnings still to explain', () => {
    const ticked = COMPLETE_APPLICATION['s2.chainWork']?.value as { ticked: string[] }
    const noEvidence = withAnswer('s2.chainWork', { value: { ticked: ticked.ticked, evidence: {} } }) as Answers
    const t = todo(noEvidence, ['s2'])
    expect(t.items.map((i) => i.text)).toEqual([`二、主导产业情况：缺佐证材料 ${ticked.ticked.length} 项`])
    expect(t.items[0].itemId).toBe('s2.chainWork')
  })

  it('names errors still to fix, before warnings and missing evidence, and opens the first one', () => {
    const wrong = withAnswer('s1.area', { value: '150.00' }) as Answers
    const t = todo(wrong, ['s1'])
    expect(t.items.map((i) => i.text)).toEqual(['一、基本情况：1 处错误待修改'])
    expect(t.firstItemId).toBe('s1.area')
  })

  it('says when no deadline is set', () => {
    expect(todo(without('s2.'), ['s2'], [], null).deadlineText).toBe('截止日期：未设置（负责人可在“成员分工”中设置）')
  })
})

describe('whose sections a reminder names', () => {
  const owner = { role: 'owner' as const, sections: [] }
  const finance = { role: 'operator' as const, sections: ['s2'] }
  const removed = { role: 'operator' as const, sections: ['s3'], removedAt: '2024-04-01T00:00:00Z' }

  it('gives an operator the assigned sections and the owner every section no active operator has', () => {
    expect(todoScope(finance, [owner, finance, removed])).toEqual(['s2'])
    expect(todoScope(owner, [owner, finance, removed])).toEqual(['cover', 's1', 's3', 's4', 's5', 's6', 's7', 's8'])
  })

  it('gives the county and the city nothing to fill', () => {
    expect(todoScope({ role: 'countyReviewer', sections: [] }, [])).toEqual([])
    expect(todoScope({ role: 'cityRecommender', sections: [] }, [])).toEqual([])
  })

  it('shortens section titles for a 20-character field', () => {
    expect(shortTitle('s2')).toBe('第二部分')
    expect(shortTitle('cover')).toBe('封面')
    expect(firstMissing({}, 's9')).toBeNull()
  })
})
