import { findItem } from '../form'
import { NATIONAL_2022 } from './config'
import { normalizeValue } from './normalize'
import { findCity, resolveDivision } from './regions'
import { valueFindings } from './valueRules'

const ctx = { config: NATIONAL_2022, now: new Date('2024-04-01T02:00:00Z') }
const region = findItem('cover.region')!
const phone = findItem('s1.operatorPhone')!

describe('county-level short names and 功能区 spellings, from the regions table', () => {
  it.each([
    ['潍坊', '寿光', '寿光市'],
    ['潍坊市', '寿光市', '寿光市'],
    ['潍坊', '坊子', '坊子区'],
    ['枣庄', '滕州', '滕州市'],
    ['济南', '济南高新区', '高新区'],
    ['济南市', '济南市高新区', '高新区'],
    ['济南', '高新技术产业开发区', '高新区'],
    ['淄博', '经济技术开发区', '经开区'],
    ['东营', '东营区', '东营区'],
    ['烟台', '黄渤海新区', '黄渤海新区'],
    ['潍坊', '潍坊寿光', '寿光市']
  ])('%s + %s → %s', (city, county, expected) => {
    expect(resolveDivision(findCity(city)!, county)).toBe(expected)
    const n = normalizeValue(region, { city, county })
    expect(n).toMatchObject({ ok: true, value: { city: findCity(city)!.name, county: expected } })
    expect(valueFindings(region, { value: { city, county } }, ctx)).toEqual([])
  })

  it.each([
    ['潍坊', '滕州'],
    ['济南', '黄渤海新区'],
    ['临沂', '莒'],
    ['潍坊', '寿']
  ])('refuses %s + %s, naming the county', (city, county) => {
    expect(resolveDivision(findCity(city)!, county)).toBeUndefined()
    expect(valueFindings(region, { value: { city, county } }, ctx).map((f) => f.message)).toEqual([`“${county}”不是${findCity(city)!.name}的县（市、区）或功能区，请核对。`])
  })
})

describe('phone extensions and long dashes', () => {
  it.each([
    ['0632—5512306', '0632-5512306'],
    ['0632–5512306', '0632-5512306'],
    ['０６３２－５５１２３０６', '0632-5512306'],
    ['0632-5512306转801', '0632-5512306-801'],
    ['0632—5512306 转 801', '0632-5512306-801'],
    ['0632-5512306分机801', '0632-5512306-801'],
    ['(0536)7581234', '05367581234'],
    ['+86 138 0536 1234', '13805361234']
  ])('accepts %p and stores %p', (raw, stored) => {
    expect(normalizeValue(phone, raw)).toMatchObject({ ok: true, value: stored })
    expect(valueFindings(phone, { value: raw }, ctx)).toEqual([])
    expect(valueFindings(phone, { value: stored }, ctx)).toEqual([])
  })

  it.each(['0632-5512306转', '0632-5512306转8012345', '13805361234转801'])('refuses %p', (raw) => {
    expect(valueFindings(phone, { value: raw }, ctx).map((f) => f.message)).toEqual([
      '“集群运营管理机构·联系方式”应为 11 位手机号或带区号的座机号，例如 13805310000、0531-86061234 或 0531-86061234转801。'
    ])
  })
})
