import { todoSentence, todoThing } from './compose'
import type { MemberTodo, TodoItem } from './todo'

const item = (kind: TodoItem['kind'], sectionId: TodoItem['sectionId'], count: number, text = ''): TodoItem => ({ kind, sectionId, itemId: `${sectionId}.x`, count, text })
const todo = (...items: TodoItem[]): MemberTodo => ({ items, firstItemId: items[0]?.itemId ?? null, deadline: '2024-04-30', daysLeft: 3, deadlineText: '' })

describe('the reminder’s todo in a few words', () => {
  it('puts returned items first, then unfinished sections, errors, warnings and missing evidence, each in full', () => {
    expect(todoThing(todo(item('returned', 's1', 1), item('section', 's2', 4)))).toBe('县级退回1项待修改')
    expect(todoThing(todo(item('section', 's2', 4)))).toBe('第二部分还有4项必填未填')
    expect(todoThing(todo(item('section', 's2', 4), item('section', 's3', 2)))).toBe('第二部分等2个部分未填完')
    expect(todoThing(todo(item('error', 's1', 2), item('warning', 's1', 1)))).toBe('第一部分等有2处错误待改')
    expect(todoThing(todo(item('warning', 's5', 3)))).toBe('第五部分等有3处待说明')
    expect(todoThing(todo(item('evidence', 's2', 5)))).toBe('缺佐证材料5项')
  })

  it('names at most three items in the message sentence', () => {
    const four = todo(item('section', 's2', 1, 'A'), item('error', 's3', 1, 'B'), item('warning', 's4', 1, 'C'), item('evidence', 's5', 1, 'D'))
    expect(todoSentence(four)).toBe('您还有 4 项待办：A；B；C等。')
  })
})
