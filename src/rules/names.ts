import { findCity, isDivisionOf, SHANDONG, shortCity, type City } from './regions'
import type { RegionValue } from './values'

/** Policy.md §6: block only what is clearly wrong; other departures from the printed pattern warn. */
export type NameCheck =
  | { kind: 'ok' }
  | { kind: 'suffix' }
  | { kind: 'mismatch'; named: string; region: string }
  | { kind: 'pattern'; why: string }

export const CLUSTER_SUFFIX = '特色产业集群'

interface Parsed {
  city?: City
  /** The county-level division or 功能区 named, if any. */
  division?: string
  /** Whether the name follows the printed pattern or an accepted real-name form. */
  form: 'printed' | 'zone' | 'countyCityAlone' | 'countyAlone' | 'cityWide' | 'noPlace'
  rest: string
}

const longestPrefix = (text: string, options: readonly string[]): string | undefined =>
  options.filter((o) => text.startsWith(o)).sort((a, b) => b.length - a.length)[0]

function parse(name: string, regionCity: City | undefined): Parsed {
  for (const city of SHANDONG) {
    if (name.startsWith(city.name)) {
      const rest = name.slice(city.name.length)
      const county = longestPrefix(rest, city.counties)
      if (county) return { city, division: county, form: 'printed', rest: rest.slice(county.length) }
      const zone = longestPrefix(rest, city.zones)
      if (zone) return { city, division: zone, form: 'zone', rest: rest.slice(zone.length) }
      // Another city's county after this city's name is a clear contradiction.
      for (const other of SHANDONG) {
        const foreign = longestPrefix(rest, other.counties.filter((c) => c.length > 2))
        if (foreign && other !== city) return { city, division: foreign, form: 'printed', rest: rest.slice(foreign.length) }
      }
      return { city, form: 'cityWide', rest }
    }
    const zone = longestPrefix(name, city.zones.map((zn) => shortCity(city) + zn))
    if (zone) return { city, division: zone.slice(shortCity(city).length), form: 'zone', rest: name.slice(zone.length) }
  }
  // A county-level city or county named alone (滕州市…, 钢城区…); prefer the region's city when ambiguous.
  const cities = regionCity ? [regionCity, ...SHANDONG.filter((c) => c !== regionCity)] : SHANDONG
  for (const city of cities) {
    const county = longestPrefix(name, city.counties)
    if (county) {
      return { city, division: county, form: county.endsWith('市') ? 'countyCityAlone' : 'countyAlone', rest: name.slice(county.length) }
    }
  }
  return { form: 'noPlace', rest: name }
}

const WHY: Record<Parsed['form'], string> = {
  printed: '',
  zone: '',
  countyCityAlone: '县级市名称前未写所属设区市',
  countyAlone: '县（区）名称前未写所属设区市',
  cityWide: '未写县（市、区）名称',
  noPlace: '未包含所属市、县（市、区）名称'
}

export function checkClusterName(rawName: string, region: RegionValue | undefined): NameCheck {
  const name = rawName.replace(/\s+/g, '')
  if (!name.endsWith(CLUSTER_SUFFIX) || name.length === CLUSTER_SUFFIX.length) return { kind: 'suffix' }
  const regionCity = region ? findCity(region.city) : undefined
  const parsed = parse(name, regionCity)
  if (regionCity && parsed.city && parsed.city !== regionCity) {
    return { kind: 'mismatch', named: parsed.city.name, region: `${regionCity.name}${region?.county ?? ''}` }
  }
  if (regionCity && region && parsed.division && parsed.division !== region.county) {
    const named = parsed.division
    // A division of the named city that is not the region's county is a contradiction.
    if (isDivisionOf(regionCity, named) || !isDivisionOf(regionCity, region.county) || parsed.form === 'printed') {
      return { kind: 'mismatch', named, region: `${regionCity.name}${region.county}` }
    }
  }
  const industry = parsed.rest.slice(0, -CLUSTER_SUFFIX.length)
  if (parsed.form !== 'noPlace' && industry === '') return { kind: 'pattern', why: '缺少产业名称' }
  if (parsed.form === 'printed' || parsed.form === 'zone') return { kind: 'ok' }
  return { kind: 'pattern', why: WHY[parsed.form] }
}

/** Policy.md §1.3: a 基础建设单位 cannot be the 集群运营管理机构. A hint, so it warns. */
export function looksLikeBuilder(name: string, words: readonly string[]): string | undefined {
  return words.find((w) => name.includes(w))
}
