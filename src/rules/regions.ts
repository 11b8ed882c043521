/**
 * Shandong's 16 prefecture-level cities and their county-level divisions (县、县级市、市辖区; as of 2023,
 * after 莱芜 joined 济南 in 2019 and 长岛 joined 蓬莱区 in 2020), plus the 功能区 that real cluster names
 * use in place of a county (policy.md §6: 济南高新区…, 烟台市黄渤海新区…).
 */
export interface City {
  name: string // with 市
  counties: readonly string[]
  zones: readonly string[]
}

const z = (...names: string[]) => names

export const SHANDONG: readonly City[] = [
  {
    name: '济南市',
    counties: ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'],
    zones: z('高新区', '起步区', '新旧动能转换起步区', '南部山区')
  },
  {
    name: '青岛市',
    counties: ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市'],
    zones: z('西海岸新区', '高新区', '蓝谷')
  },
  {
    name: '淄博市',
    counties: ['淄川区', '张店区', '博山区', '临淄区', '周村区', '桓台县', '高青县', '沂源县'],
    zones: z('高新区', '经开区')
  },
  { name: '枣庄市', counties: ['市中区', '薛城区', '峄城区', '台儿庄区', '山亭区', '滕州市'], zones: z('高新区') },
  { name: '东营市', counties: ['东营区', '河口区', '垦利区', '利津县', '广饶县'], zones: z('经开区', '东营港经济开发区') },
  {
    name: '烟台市',
    counties: ['芝罘区', '福山区', '牟平区', '莱山区', '蓬莱区', '龙口市', '莱阳市', '莱州市', '招远市', '栖霞市', '海阳市'],
    zones: z('黄渤海新区', '开发区', '高新区', '长岛综合试验区')
  },
  {
    name: '潍坊市',
    counties: ['潍城区', '寒亭区', '坊子区', '奎文区', '临朐县', '昌乐县', '青州市', '诸城市', '寿光市', '安丘市', '高密市', '昌邑市'],
    zones: z('高新区', '滨海经济技术开发区', '经济区', '峡山生态经济开发区')
  },
  {
    name: '济宁市',
    counties: ['任城区', '兖州区', '微山县', '鱼台县', '金乡县', '嘉祥县', '汶上县', '泗水县', '梁山县', '曲阜市', '邹城市'],
    zones: z('高新区', '经开区', '太白湖新区')
  },
  { name: '泰安市', counties: ['泰山区', '岱岳区', '宁阳县', '东平县', '新泰市', '肥城市'], zones: z('高新区') },
  { name: '威海市', counties: ['环翠区', '文登区', '荣成市', '乳山市'], zones: z('高新区', '经开区', '临港区') },
  { name: '日照市', counties: ['东港区', '岚山区', '五莲县', '莒县'], zones: z('经开区', '高新区') },
  {
    name: '临沂市',
    counties: ['兰山区', '罗庄区', '河东区', '沂南县', '郯城县', '沂水县', '兰陵县', '费县', '平邑县', '莒南县', '蒙阴县', '临沭县'],
    zones: z('高新区', '经开区', '临港区')
  },
  {
    name: '德州市',
    counties: ['德城区', '陵城区', '宁津县', '庆云县', '临邑县', '齐河县', '平原县', '夏津县', '武城县', '乐陵市', '禹城市'],
    zones: z('天衢新区', '经开区')
  },
  {
    name: '聊城市',
    counties: ['东昌府区', '茌平区', '阳谷县', '莘县', '东阿县', '冠县', '高唐县', '临清市'],
    zones: z('高新区', '经开区')
  },
  {
    name: '滨州市',
    counties: ['滨城区', '沾化区', '惠民县', '阳信县', '无棣县', '博兴县', '邹平市'],
    zones: z('高新区', '经开区', '北海经济开发区')
  },
  {
    name: '菏泽市',
    counties: ['牡丹区', '定陶区', '曹县', '单县', '成武县', '巨野县', '郓城县', '鄄城县', '东明县'],
    zones: z('高新区', '经开区')
  }
]

const byName = new Map(SHANDONG.map((c) => [c.name, c]))

/** “济南” and “济南市” both name 济南市. */
export function findCity(name: string): City | undefined {
  const t = name.trim()
  return byName.get(t) ?? byName.get(`${t}市`)
}

/** The short form used in names such as 济南高新区 (city without 市). */
export const shortCity = (city: City): string => city.name.slice(0, -1)

export function isDivisionOf(city: City, county: string): boolean {
  return city.counties.includes(county) || city.zones.includes(county)
}

/** Long spellings of the 功能区 names the table uses (济南高新技术产业开发区 is written 高新区 in real names). */
const ZONE_SPELLINGS: Readonly<Record<string, string>> = {
  高新技术产业开发区: '高新区',
  高新技术开发区: '高新区',
  高新开发区: '高新区',
  经济技术开发区: '经开区',
  经济开发区: '经开区'
}

/** Short names of counties per city (寿光 → 寿光市, 坊子 → 坊子区), from the table; one-character and ambiguous ones left out. */
const SHORT_NAMES = new Map<City, Map<string, string>>(
  SHANDONG.map((city) => {
    const short = new Map<string, string>()
    const taken = new Set<string>()
    for (const county of city.counties) {
      const s = county.slice(0, -1)
      if (s.length < 2 || !/[市县区]$/.test(county)) continue
      if (short.has(s)) taken.add(s)
      short.set(s, county)
    }
    for (const s of taken) short.delete(s)
    return [city, short]
  })
)

/**
 * The table's name of a county-level division or 功能区 as people write it: 寿光 → 寿光市, 济南高新区 → 高新区,
 * 高新技术产业开发区 → 高新区, 潍坊市寿光市 → 寿光市. Undefined when it is not a division of the city.
 */
export function resolveDivision(city: City, raw: string): string | undefined {
  const text = raw.normalize('NFKC').replace(/\s+/g, '')
  const direct = (t: string): string | undefined => {
    if (isDivisionOf(city, t)) return t
    const zone = ZONE_SPELLINGS[t]
    if (zone !== undefined && city.zones.includes(zone)) return zone
    return SHORT_NAMES.get(city)?.get(t)
  }
  const found = direct(text)
  if (found !== undefined) return found
  for (const prefix of [city.name, shortCity(city)]) {
    if (text.startsWith(prefix) && text.length > prefix.length) return direct(text.slice(prefix.length))
  }
  return undefined
}

/** The city a county-level city (滕州市, 寿光市…) belongs to. */
export function cityOfCountyLevelCity(name: string): City | undefined {
  return SHANDONG.find((c) => c.counties.includes(name) && name.endsWith('市'))
}
