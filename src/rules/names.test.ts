import { checkClusterName, looksLikeBuilder } from './names'
import { NATIONAL_2022 } from './config'

describe('checkClusterName (policy.md §6)', () => {
  it.each([
    ['济南市钢城区精品钢精深加工特色产业集群', { city: '济南市', county: '钢城区' }],
    ['威海市环翠区碳纤维及复合材料特色产业集群', { city: '威海市', county: '环翠区' }],
    ['济南高新区高端激光装备特色产业集群', { city: '济南市', county: '高新区' }],
    ['烟台市黄渤海新区生物医药特色产业集群', { city: '烟台市', county: '黄渤海新区' }],
    ['潍坊市寿光市蔬菜种业特色产业集群', { city: '潍坊市', county: '寿光市' }]
  ])('accepts %p for its region', (name, region) => {
    expect(checkClusterName(name, region)).toEqual({ kind: 'ok' })
  })

  it.each([
    ['滕州市中小数控机床特色产业集群', { city: '枣庄市', county: '滕州市' }, '县级市名称前未写所属设区市'],
    ['青岛市轨道交通特色产业集群', { city: '青岛市', county: '城阳区' }, '未写县（市、区）名称'],
    ['钢城区精品钢特色产业集群', { city: '济南市', county: '钢城区' }, '县（区）名称前未写所属设区市'],
    ['精品钢特色产业集群', { city: '济南市', county: '钢城区' }, '未包含所属市、县（市、区）名称'],
    ['济南市钢城区特色产业集群', { city: '济南市', county: '钢城区' }, '缺少产业名称']
  ])('warns with the pattern when %p departs from it', (name, region, why) => {
    expect(checkClusterName(name, region)).toEqual({ kind: 'pattern', why })
  })

  it.each([
    ['济南市钢城区精品钢精深加工产业集群'],
    ['济南市钢城区精品钢'],
    ['特色产业集群'],
    ['']
  ])('blocks %p, which does not end in 特色产业集群', (name) => {
    expect(checkClusterName(name, { city: '济南市', county: '钢城区' })).toEqual({ kind: 'suffix' })
  })

  it.each([
    ['济南市钢城区精品钢特色产业集群', { city: '青岛市', county: '城阳区' }, '济南市'],
    ['济南市钢城区精品钢特色产业集群', { city: '济南市', county: '章丘区' }, '钢城区'],
    ['滕州市中小数控机床特色产业集群', { city: '济宁市', county: '邹城市' }, '枣庄市'],
    ['济南市寿光市蔬菜特色产业集群', { city: '济南市', county: '章丘区' }, '寿光市']
  ])('blocks %p, which names a place other than its region', (name, region, named) => {
    expect(checkClusterName(name, region)).toMatchObject({ kind: 'mismatch', named })
  })

  it('does not compare with a region that is not yet answered', () => {
    expect(checkClusterName('济南市钢城区精品钢特色产业集群', undefined)).toEqual({ kind: 'ok' })
  })
})

describe('looksLikeBuilder (policy.md §1.3)', () => {
  it.each([['坊子区城市建设投资有限公司', '建设'], ['潍坊市政工程有限公司', '工程']])('flags %p', (name, word) => {
    expect(looksLikeBuilder(name, NATIONAL_2022.builderWords)).toBe(word)
  })

  it.each([['潍坊市坊子区动力装备产业园管理委员会'], ['济南市中小企业公共服务中心']])('does not flag %p', (name) => {
    expect(looksLikeBuilder(name, NATIONAL_2022.builderWords)).toBeUndefined()
  })
})
