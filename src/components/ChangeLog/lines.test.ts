import { findItem, type Item } from '../../form'
import { changeLines, shanghaiTime } from './lines'

const item = (id: string) => findItem(id) as Item

describe('an answer’s change history as a member reads it', () => {
  it('tells each change newest first, with the Shanghai time, the member’s name and the values in the printed shape', () => {
    const lines = changeLines(
      item('s2.totalOutput'),
      [
        { version: 1, oldValue: null, newValue: { '2021': '12.00', '2022': '13.00', '2023': '15.00' }, at: '2026-11-30T06:05:00.000Z', byName: '李工' },
        { version: 2, oldValue: { '2021': '12.00', '2022': '13.00', '2023': '15.00' }, newValue: { '2021': '12.00', '2022': '13.50', '2023': '15.00' }, at: '2026-11-30T16:01:00.000Z', byName: null }
      ],
      [{ version: 1, conflict: false }]
    )
    expect(lines).toEqual([
      { version: 2, when: '2026年12月1日 00:01', who: '未留姓名的成员', text: '改为：2021年 12.00，2022年 13.50，2023年 15.00（亿元）', before: '原为：2021年 12.00，2022年 13.00，2023年 15.00（亿元）', overwrote: false },
      { version: 1, when: '2026年11月30日 14:05', who: '李工', text: '填写：2021年 12.00，2022年 13.00，2023年 15.00（亿元）', before: null, overwrote: false }
    ])
  })

  it('marks a change that replaced a value its author had not seen, and says when an answer was cleared', () => {
    const lines = changeLines(
      item('s1.area'),
      [
        { version: 2, oldValue: '12.50', newValue: '13.00', at: '2026-11-30T06:05:00.000Z', byName: '王主任' },
        { version: 3, oldValue: '13.00', newValue: null, at: '2026-11-30T06:06:00.000Z', byName: '王主任' }
      ],
      [{ version: 1, conflict: true }, { version: 2, conflict: false }]
    )
    expect(lines.map((l) => [l.text, l.before, l.overwrote])).toEqual([
      ['清空了这一项', '原为：13.00 平方公里', false],
      ['改为：13.00 平方公里', '原为：12.50 平方公里', true]
    ])
  })

  it('reads times on the applicants’ clock across a year end', () => {
    expect(shanghaiTime('2026-12-31T16:00:00.000Z')).toBe('2027年1月1日 00:00')
  })
})
