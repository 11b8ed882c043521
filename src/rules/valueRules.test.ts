import { findItem } from '../form'
import { NATIONAL_2022 } from './config'
import { valueFindings } from './valueRules'

const ctx = { config: NATIONAL_2022, now: new Date('2024-04-01T02:00:00Z') }
const codes = (itemId: string, value: unknown, extra: { explanation?: string } = {}) =>
  valueFindings(findItem(itemId)!, value === undefined ? undefined : { value, ...extra }, ctx).map((f) => `${f.code}${f.path ? `@${f.path}` : ''}`)

const row = (a: unknown, b: unknown, c: unknown) => ({ '2021': a, '2022': b, '2023': c })

describe('value rules, table-driven: [item, value, expected codes]', () => {
  it.each([
    // required and 无
    ['s1.operatorContact', undefined, ['REQUIRED_MISSING']],
    ['s1.operatorContact', '   ', ['REQUIRED_MISSING']],
    ['s1.operatorContact', '\u3000', ['REQUIRED_MISSING']],
    ['s1.operatorContact', '无', ['NONE_NOT_ALLOWED']],
    ['s1.operatorContact', '张丽', []],
    ['s2.chainNarrative', '无', []],
    ['s2.chainNarrative', '   ', ['REQUIRED_MISSING']],
    ['s3.pctApplications', '0', []],
    ['s3.pctApplications', undefined, ['REQUIRED_MISSING']],
    // numbers
    ['s1.area', '23.6', []],
    ['s1.area', '23.605', ['DECIMAL_ROUNDED']],
    ['s1.area', '-1', ['NUMBER_NEGATIVE']],
    ['s1.area', 'NaN', ['NUMBER_INVALID']],
    ['s1.area', 'Infinity', ['NUMBER_INVALID']],
    ['s1.area', '1'.repeat(10000), ['NUMBER_INVALID']],
    ['s4.iiotRate', '１２％', []],
    ['s4.iiotRate', '100.01', ['SHARE_OUT_OF_RANGE']],
    ['s4.iiotRate', '-0', []],
    ['s2.leadingCagr', '-12.5', []],
    ['s2.leadingCagr', '250', ['RATE_IMPLAUSIBLE']],
    ['s2.leadingCagr', '-60', ['RATE_IMPLAUSIBLE']],
    ['s3.pctApplications', '2.5', ['COUNT_NOT_INTEGER']],
    ['s3.pctApplications', '-0', []],
    // year rows
    ['s2.totalOutput', row('118.36', '131.52', '146.8'), []],
    ['s2.totalOutput', row('118.36', '', '146.8'), ['REQUIRED_MISSING@2022']],
    ['s2.totalOutput', row('1,234.5', '12.345', 'abc'), ['DECIMAL_ROUNDED@2022', 'NUMBER_INVALID@2023']],
    ['s2.smeOutputShare', row('101', '70', '70'), ['SHARE_OUT_OF_RANGE@2021']],
    ['s2.totalOutput', row(118.36, 131.52, 146.8), ['VALUE_SHAPE']],
    ['s2.totalOutput', { '2021': '1', '2020': '1' }, ['VALUE_SHAPE']],
    // text
    ['s2.chainNarrative', '字'.repeat(200), []],
    ['s2.chainNarrative', '字'.repeat(199) + '😀', []],
    ['s2.chainNarrative', '字'.repeat(201), ['TEXT_TOO_LONG']],
    ['s2.chainNarrative', '字'.repeat(10000), ['TEXT_TOO_LONG']],
    ['s2.chainNarrative', '第一段\n第二段', []],
    ['s2.chainNarrative', '带有\u0000控制字符', ['TEXT_CONTROL_CHARS']],
    ['s2.chainNarrative', '<script>alert("x")</script>', []],
    ['s1.operatorContact', '张\n丽', ['TEXT_CONTROL_CHARS']],
    // phones
    ['s1.operatorPhone', '13805361234', []],
    ['s1.operatorPhone', '+86 138 0536 1234', []],
    ['s1.operatorPhone', '0536-7581234', []],
    ['s1.operatorPhone', '05367581234', []],
    ['s1.operatorPhone', '010-12345678', []],
    ['s1.operatorPhone', '７５８１２３４', ['PHONE_INVALID']],
    ['s1.operatorPhone', '12345678901', ['PHONE_INVALID']],
    ['s1.operatorPhone', '1380536123', ['PHONE_INVALID']],
    // dates, region, names
    ['cover.declareDate', '2024-03-15', []],
    ['cover.declareDate', '2024-02-30', ['DATE_INVALID']],
    ['cover.declareDate', '2024-04-02', ['DATE_IN_FUTURE']],
    ['cover.region', { city: '潍坊', county: '坊子区' }, []],
    ['cover.region', { city: '苏州市', county: '吴中区' }, ['REGION_CITY_UNKNOWN@city']],
    ['cover.region', { city: '潍坊市', county: '钢城区' }, ['REGION_COUNTY_UNKNOWN@county']],
    ['cover.region', { city: '济南市', county: '高新区' }, []],
    ['cover.region', { city: '济南市', county: ' ' }, ['REQUIRED_MISSING@county']],
    ['s1.clusterName', '潍坊市坊子区动力装备产业集群', ['CLUSTER_NAME_SUFFIX']],
    ['s1.clusterName', '无', ['NONE_NOT_ALLOWED']],
    ['s1.operator', '坊子区城市建设投资有限公司', ['OPERATOR_LOOKS_LIKE_BUILDER']],
    // options
    ['s1.incidents', 's1.incidents.2', []],
    ['s1.incidents', '否', ['OPTION_UNKNOWN']],
    ['s2.chainWork', { ticked: ['s2.chainWork.1', 's2.chainWork.9'] }, ['OPTION_UNKNOWN']],
    ['s2.chainWork', { ticked: [] }, []],
    // lists
    ['s6.branchList', { entries: [] }, ['LIST_EMPTY']],
    ['s6.branchList', { none: true, entries: [] }, []],
    ['s6.branchList', { entries: [{ id: 'a', fields: { enterprise: '甲公司', name: '乙', country: '泰国', year: '19' } }] }, ['DATE_INVALID@entries.0.year']],
    ['s6.branchList', { entries: [{ id: 'a', fields: { enterprise: '甲公司', name: ' ', country: '泰国', year: '2019' } }] }, ['LIST_ENTRY_INCOMPLETE@entries.0.name']],
    ['s5.greenList', { entries: [{ id: 'a', fields: { category: '绿色工厂', name: '甲', level: '市级', year: '2020' } }] }, ['OPTION_UNKNOWN@entries.0.level']],
    ['s5.greenSystem', { factories: '1', parks: '0', supplyChains: 'x' }, ['NUMBER_INVALID@supplyChains', 'REQUIRED_MISSING@products']],
    ['s3.platforms', { national: { count: '1', entries: [{ name: ' ' }] } }, ['LIST_ENTRY_INCOMPLETE@national.entries.0', 'REQUIRED_MISSING@provincial.count', 'REQUIRED_MISSING@other.count']],
    // plan
    ['s8.plan', { parts: { intro: '字'.repeat(3001) }, indicators: [] }, expect.arrayContaining(['TEXT_TOO_LONG', 'PLAN_PART_MISSING@parts.problems'])],
    ['s8.plan', { parts: {}, indicators: [{ direction: '创新', indicator: '研发经费投入', baseline: '', target: '25亿元' }] }, expect.arrayContaining(['INDICATOR_INCOMPLETE@indicators.0.baseline'])]
  ])('%s ← %p gives %p', (itemId, value, expected) => {
    expect(codes(itemId, value)).toEqual(expected)
  })

  it('gives every finding a Chinese message that names the cell', () => {
    const [f] = valueFindings(findItem('s2.chainNarrative')!, { value: '字'.repeat(201) }, ctx)
    expect(f.message).toBe('“集群产业链强链补链情况（200字以内）”限 200 字，当前 201 字，请精简 1 字。')
  })

  it('shows the rounding it did, never silently', () => {
    const [f] = valueFindings(findItem('s1.area')!, { value: '12.345' }, ctx)
    expect(f).toMatchObject({ code: 'DECIMAL_ROUNDED', severity: 'info', message: '已按填报说明保留两位小数：12.345 → 12.35。' })
  })
})
