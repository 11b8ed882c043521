import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { Answer } from '../rules'
import { askReturned, reply, startChat, type Turn } from './index'

const ANSWERS = COMPLETE_APPLICATION as Record<string, Answer>
const textOf = (t: Turn) => (t.from === 'bot' ? (t.kind === 'question' ? t.prompt : t.text) : t.text)

describe('items the county returned for fixing', () => {
  it('tells each returned item with the reviewer’s comment and asks the first again with its current answer', () => {
    const start = startChat(['s1', 's2'], ANSWERS)
    const next = askReturned(start, ANSWERS, [
      { itemId: 's1.area', comment: '请按规划文件核对占地面积' },
      { itemId: 's3.rdIntensity', comment: '不在此成员负责的部分' }
    ])
    expect(next.cursor).toBe('s1.area')
    expect(next.turns.slice(start.turns.length).map(textOf)).toEqual([
      '县级审核退回“集群占地面积（平方公里）”：请按规划文件核对占地面积。修改后请负责人重新提交。',
      '请输入数值（单位：平方公里）\n当前答案：23.60 平方公里（回复“跳过”保持不变）'
    ])
  })

  it('tells a returned item once, however often the chat is opened', () => {
    const returned = [{ itemId: 's1.area', comment: '请核对' }]
    const once = askReturned(startChat(['s1'], ANSWERS), ANSWERS, returned)
    expect(askReturned(once, ANSWERS, returned)).toBe(once)
  })

  it('does not interrupt a half-typed answer, and asks nothing outside the member’s sections', () => {
    const without = { ...ANSWERS }
    delete without['s2.totalOutput']
    const typing = reply(startChat(['s2'], without), without, '118.36', { now: new Date('2024-04-01T02:00:00Z') }).state
    const told = askReturned(typing, without, [{ itemId: 's2.enterprises', comment: '请核对' }])
    expect(told.cursor).toBe('s2.totalOutput')
    expect(textOf(told.turns[told.turns.length - 1])).toBe('县级审核退回“集群企业数量”：请核对。修改后请负责人重新提交。')
    const other = startChat(['s2'], ANSWERS)
    expect(askReturned(other, ANSWERS, [{ itemId: 's1.area', comment: '请核对' }])).toBe(other)
  })
})
