import { findItemByWords, parseCommand } from './commands'

describe('finding the cell a person names', () => {
  it('takes the label with the fewest other words when several contain them', () => {
    // “集群中小企业从业人员每万人有效发明专利拥有量” is printed first and contains the words too.
    expect(findItemByWords('有效发明专利拥有量')).toEqual({ itemId: 's3.inventionPatents' })
    expect(parseCommand('修改 有效发明专利拥有量')).toEqual({ kind: 'edit', itemId: 's3.inventionPatents' })
    expect(findItemByWords('每万人有效发明专利拥有量')).toEqual({ itemId: 's3.patentsPer10k' })
  })

  it('keeps an exact label and a year', () => {
    expect(findItemByWords('2022年集群总产值')).toEqual({ itemId: 's2.totalOutput', year: '2022' })
    expect(findItemByWords('天气预报')).toBeUndefined()
  })
})
