import { COMPLETE_APPLICATION, withAnswer } from '../../test/fixtures/completeApplication'
import { sectionSummaries } from '../form'
import { blocksSubmission, check, createChecker, NATIONAL_2022, withBars, type Answer, type Answers, type Finding } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const submit = (answers: Answers) => check(answers, { level: 'submit', now: NOW })
const codesOf = (findings: Finding[]) => [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.code))].sort()
const value = (id: string) => JSON.parse(JSON.stringify(COMPLETE_APPLICATION[id]!.value))
const set = (id: string, v: unknown, extra: Partial<Answer> = {}) => withAnswer(id, { ...COMPLETE_APPLICATION[id], value: v, ...extra })

function patch<T>(id: string, edit: (v: T) => void) {
  const v = value(id) as T
  edit(v)
  return set(id, v)
}

describe('the complete application', () => {
  it('checks clean at 提交 level: nothing blocks, only the derived leading-industry output is shown', () => {
    const findings = submit(COMPLETE_APPLICATION)
    expect(findings.filter(blocksSubmission)).toEqual([])
    expect(codesOf(findings)).toEqual([])
    expect(findings.map((f) => f.code)).toEqual(['LEADING_OUTPUT_DERIVED', 'LEADING_OUTPUT_DERIVED', 'LEADING_OUTPUT_DERIVED'])
  })

  it('shows the formula of a derived value', () => {
    const f = submit(COMPLETE_APPLICATION).find((x) => x.path === '2023')
    expect(f?.formula).toBe('2023年主导产业产值 = 集群总产值 × 主导产业产值占比 = 146.80 × 80.10% = 117.59 亿元')
  })
})

type Row = [string, () => Answers, string[]]
type YR = Record<string, string>

describe('broken copies each trigger exactly the expected rule codes', () => {
  it.each<Row>([
    ['a blank required narrative', () => set('s2.chainNarrative', '  '), ['REQUIRED_MISSING']],
    ['a missing answer', () => withAnswer('s4.cloudRate', undefined), ['REQUIRED_MISSING']],
    ['more SMEs than enterprises', () => patch<YR>('s2.smes', (v) => (v['2022'] = '437')), ['SME_COUNT_EXCEEDS_TOTAL']],
    ['more 高新技术企业 than enterprises', () => patch<YR>('s2.highTech', (v) => (v['2021'] = '413')), ['QUALITY_COUNT_EXCEEDS_TOTAL']],
    ['an entered growth rate that disagrees with the outputs', () => patch<YR>('s2.leadingGrowth', (v) => (v['2023'] = '15.00')), ['LEADING_GROWTH_MISMATCH']],
    ['an entered average growth that disagrees with the geometric mean', () => set('s2.leadingCagr', '13.20'), ['CAGR_MISMATCH']],
    ['an average growth within ±0.5 points', () => set('s2.leadingCagr', '12.90'), []],
    ['a wrong patent density', () => set('s3.patentsPer10k', '52.00'), ['PATENT_DENSITY_MISMATCH']],
    ['a patent count that differs from the list', () => set('s3.inventionPatents', '187'), ['LIST_COUNT_MISMATCH']],
    ['a branch list shorter than the count', () => set('s6.overseasBranches', '4'), ['LIST_COUNT_MISMATCH']],
    ['a green factory count that differs from the list', () => patch<Record<string, string>>('s5.greenSystem', (v) => (v.factories = '7')), ['LIST_COUNT_MISMATCH']],
    ['a standards matrix that differs from the list', () => patch<any>('s3.standards', (v) => (v['2023']['国家'].participate = '1')), ['LIST_COUNT_MISMATCH']],
    ['a platform count without its names', () => patch<any>('s3.platforms', (v) => (v.other.count = '3')), ['LIST_COUNT_MISMATCH']],
    ['a ticked box without evidence', () => patch<any>('s2.chainWork', (v) => (v.evidence['s2.chainWork.1'] = [])), ['EVIDENCE_MISSING']],
    ['a patent without its certificate photo', () => patch<any>('s3.patentList', (v) => delete v.entries[5].evidence), ['EVIDENCE_MISSING']],
    ['碳排放监测 answered 是 without proof', () => withAnswer('s5.carbonMonitoring', { value: 's5.carbonMonitoring.1' }), ['EVIDENCE_MISSING']],
    ['碳排放监测 answered 否 without proof', () => withAnswer('s5.carbonMonitoring', { value: 's5.carbonMonitoring.2' }), []],
    ['an accident in the last three years', () => set('s1.incidents', 's1.incidents.1'), ['GATE_FAILED']],
    ['a prohibited industry', () => set('s1.prohibitedIndustry', 's1.prohibitedIndustry.1'), ['GATE_FAILED']],
    ['tax evasion', () => set('s1.misconduct', 's1.misconduct.1'), ['GATE_FAILED']],
    ['energy efficiency below the benchmark', () => set('s1.energyBenchmark', 's1.energyBenchmark.2'), ['BENCHMARK_NOT_MET']],
    ['output under 40亿 in 2021', () => patch<YR>('s2.totalOutput', (v) => (v['2021'] = '39.99')), ['BELOW_BAR', 'CAGR_MISMATCH', 'LEADING_GROWTH_MISMATCH']],
    ['an SME share of exactly 70%', () => patch<YR>('s2.smeOutputShare', (v) => (v['2023'] = '70.00')), ['BELOW_BAR']],
    ['an average growth of 9.5% typed while the outputs compute to 12.46% (the computed value meets the bar)', () => set('s2.leadingCagr', '9.50'), ['CAGR_MISMATCH']],
    [
      'no 小巨人/单项冠军 and only 9 other quality SMEs',
      () => {
        let a = patch<YR>('s2.littleGiants', (v) => (v['2023'] = '0'))
        const quality = { 's2.singleChampions': '0', 's2.provincialSrdi': '3', 's2.innovativeSmes': '3', 's2.highTech': '3' }
        for (const [id, n] of Object.entries(quality)) {
          const v = value(id)
          v['2023'] = n
          a = { ...a, [id]: { value: v } }
        }
        return a
      },
      ['BELOW_BAR']
    ],
    ['an area over 100 km²', () => set('s1.area', '120.00'), ['BELOW_BAR']],
    ['a 工业互联网 rate under 10% (likely: a warning)', () => set('s4.iiotRate', '8.00'), ['BELOW_BAR']],
    ['a cluster name for another city', () => set('s1.clusterName', '临沂市兰山区动力装备特色产业集群'), ['CLUSTER_NAME_REGION_MISMATCH']],
    ['a cluster name without 特色产业集群', () => set('s1.clusterName', '潍坊市坊子区动力装备产业集群'), ['CLUSTER_NAME_SUFFIX']],
    ['an operator that looks like a builder', () => set('s1.operator', '潍坊市坊子区城市建设投资有限公司'), ['OPERATOR_LOOKS_LIKE_BUILDER']],
    ['a plan over 3000 characters', () => patch<any>('s8.plan', (v) => (v.parts.tasks = '字'.repeat(2500))), ['TEXT_TOO_LONG']]
  ])('%s', (_name, make, expected) => {
    expect(codesOf(submit(make()))).toEqual(expected)
  })

  it('makes a confirmed bar an error and a likely bar a warning', () => {
    const output = submit(set('s1.area', '120.00')).find((f) => f.code === 'BELOW_BAR')
    const iiot = submit(set('s4.iiotRate', '8.00')).find((f) => f.code === 'BELOW_BAR')
    expect([output?.severity, iiot?.severity]).toEqual(['error', 'warning'])
  })

  it('explains why a gate answer of 是 blocks', () => {
    const f = submit(set('s1.incidents', 's1.incidents.1')).find((x) => x.code === 'GATE_FAILED')
    expect(f?.severity).toBe('error')
    expect(f?.message).toContain('近三年发生较大及以上安全、质量、环境污染事故')
  })
})

describe('warnings and explanations', () => {
  it('lets a warning pass submission once the operator explains it on the first item', () => {
    const unexplained = submit(set('s2.leadingCagr', '13.20'))
    const explained = submit(set('s2.leadingCagr', '13.20', { explanation: '统计局口径按现价计算，已附说明' }))
    expect(unexplained.filter(blocksSubmission).map((f) => f.code)).toEqual(['CAGR_MISMATCH'])
    expect(explained.filter(blocksSubmission)).toEqual([])
    expect(explained.find((f) => f.code === 'CAGR_MISMATCH')?.explained).toBe(true)
  })
})

describe('levels', () => {
  it('暂存 keeps anything parseable: a share of 120 is not refused', () => {
    const a = patch<YR>('s2.smeOutputShare', (v) => (v['2021'] = '120'))
    expect(check(a, { level: 'draft', now: NOW })).toEqual([])
  })

  it('暂存 refuses what cannot be parsed', () => {
    const a = patch<YR>('s2.smeOutputShare', (v) => (v['2021'] = '八十'))
    expect(codesOf(check(a, { level: 'draft', now: NOW }))).toEqual(['NUMBER_INVALID'])
  })

  it('暂存 does not ask for unanswered cells', () => {
    expect(check({}, { level: 'draft', now: NOW })).toEqual([])
  })

  it('保存 of a section applies that section’s value rules only', () => {
    const a = { ...patch<YR>('s2.smeOutputShare', (v) => (v['2021'] = '120')), 's4.cloudRate': undefined }
    expect(codesOf(check(a, { level: 'save', section: 's2', now: NOW }))).toEqual(['SHARE_OUT_OF_RANGE'])
  })

  it('保存 includes the in-section cross checks but not evidence or eligibility', () => {
    const a = { ...patch<YR>('s2.smes', (v) => (v['2022'] = '437')), 's2.totalOutput': { value: { '2021': '30', '2022': '30', '2023': '30' } } }
    expect(codesOf(check(a, { level: 'save', section: 's2', now: NOW }))).toEqual(['SME_COUNT_EXCEEDS_TOTAL'])
  })

  it('提交 of an empty application reports every required cell once', () => {
    const findings = check({}, { level: 'submit', now: NOW })
    const required = sectionSummaries().reduce((n, s) => n + s.requiredCount, 0)
    expect(findings.filter((f) => f.code === 'REQUIRED_MISSING' || f.code === 'PLAN_PART_MISSING').length).toBe(required)
  })
})

describe('configurable bar', () => {
  it('passes a 30亿 cluster under a provincial bar of 10亿 that the national bar refuses', () => {
    const a = set('s2.totalOutput', { '2021': '30.00', '2022': '33.33', '2023': '37.24' })
    const provincial = withBars(NATIONAL_2022, '山东省（示例）', { totalOutputEachYear: { value: 10, source: '示例省级标准' } })
    const output = (cfg = NATIONAL_2022) =>
      check(a, { level: 'submit', now: NOW, config: cfg }).filter((f) => f.code === 'BELOW_BAR' && f.params.barId === 'totalOutputEachYear')
    expect(output().map((f) => f.params.actual)).toEqual(['2021年 30.00亿元、2022年 33.33亿元、2023年 37.24亿元'])
    expect(output(provincial)).toEqual([])
  })
})

describe('incremental checking', () => {
  it('gives the same findings as a full run after each of a series of edits', () => {
    const checker = createChecker({ level: 'submit', now: NOW })
    let answers: Answers = COMPLETE_APPLICATION
    checker.run(answers)
    const edits: [string, unknown][] = [
      ['s2.leadingCagr', '13.20'],
      ['s2.smes', { '2021': '398', '2022': '999', '2023': '445' }],
      ['s3.inventionPatents', '190'],
      ['s1.incidents', 's1.incidents.1'],
      ['s2.leadingCagr', '12.46']
    ]
    for (const [id, v] of edits) {
      answers = { ...answers, [id]: { value: v } }
      const sort = (f: Finding[]) => f.map((x) => `${x.code}|${x.itemIds.join()}|${x.path ?? ''}`).sort()
      expect(sort(checker.update(answers, [id]))).toEqual(sort(check(answers, { level: 'submit', now: NOW })))
    }
  })
})
