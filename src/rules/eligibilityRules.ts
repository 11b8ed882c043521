/**
 * Eligibility pre-check against the recognition standard (policy.md §2). Thresholds come from the rules
 * config; confirmed bars are errors, likely ones warnings, unknown ones are not applied.
 */
import { findItem } from '../form'
import type { Bar, BarId, RulesConfig } from './config'
import type { CrossRule } from './crossRules'
import { format2 } from './decimal'
import { leadingCagr, meanGrowth } from './derived'
import { finding } from './emit'
import type { Finding } from './findings'
import { choiceLabel, countOf, numberValue, yearValue } from './read'
import type { Answers, StandardsValue } from './values'

const label = (id: string) => findItem(id)?.label ?? id

/** Section 一's yes/no gates: 是 makes the cluster ineligible, with the reason. */
const GATES: readonly { id: string; why: string }[] = [
  { id: 's1.prohibitedIndustry', why: '主导产业属于国家禁止、限制和淘汰类产业的集群不得申报。' },
  { id: 's1.incidents', why: '近三年发生较大及以上安全、质量、环境污染事故或重大及以上网络、数据安全事件的集群不得申报。' },
  { id: 's1.misconduct', why: '存在偷税漏税、违法违规、严重失信等重大问题的集群不得申报。' }
]

const gateRules: CrossRule[] = GATES.map((gate) => ({
  id: `gate:${gate.id}`,
  family: 'eligibility',
  inputs: [gate.id],
  minLevel: 'submit',
  sections: [],
  run(answers: Answers, { config }: { config: RulesConfig }) {
    return choiceLabel(answers, gate.id) === '是'
      ? [finding('GATE_FAILED', 'error', [gate.id], { label: label(gate.id), why: gate.why, source: config.barName })]
      : []
  }
}))

const benchmarkRules: CrossRule[] = ['s1.energyBenchmark', 's1.waterBenchmark'].map((id) => ({
  id: `benchmark:${id}`,
  family: 'eligibility',
  inputs: [id],
  minLevel: 'submit',
  sections: [],
  run: (answers: Answers) => (choiceLabel(answers, id) === '否' ? [finding('BENCHMARK_NOT_MET', 'warning', [id], { label: label(id) })] : [])
}))

function meets(bar: Bar, actual: number): boolean {
  switch (bar.compare) {
    case 'min':
      return actual >= bar.value
    case 'above':
      return actual > bar.value
    case 'max':
      return actual <= bar.value
  }
}

const BAR_TEXT: Record<Bar['compare'], string> = { min: '不低于', above: '高于', max: '不超过' }

function below(bar: Bar, config: RulesConfig, itemIds: string[], actual: string, path?: string): Finding[] {
  if (bar.confidence === 'unknown') return []
  return [
    finding(
      'BELOW_BAR',
      bar.confidence === 'confirmed' ? 'error' : 'warning',
      itemIds,
      { criterion: bar.criterion, actual, bar: `${BAR_TEXT[bar.compare]} ${bar.value}${bar.unit}`, source: config.barName, barId: bar.id },
      path === undefined ? {} : { path }
    )
  ]
}

function barRule(id: BarId, inputs: string[], run: (answers: Answers, bar: Bar, config: RulesConfig) => Finding[]): CrossRule {
  return { id: `bar:${id}`, family: 'eligibility', inputs, minLevel: 'submit', sections: [], run: (answers, { config }) => run(answers, config.bars[id], config) }
}

const simpleBar = (id: BarId, itemId: string, read: (a: Answers) => number | undefined) =>
  barRule(id, [itemId], (answers, bar, config) => {
    const v = read(answers)
    return v === undefined || meets(bar, v) ? [] : below(bar, config, [itemId], `${format2(v)}${bar.unit}`)
  })

const barRules: CrossRule[] = [
  // One finding naming every year below the bar (“2021年 30.00亿元、2022年 33.33亿元”), pointing at the first of them.
  barRule('totalOutputEachYear', ['s2.totalOutput'], (answers, bar, config) => {
    const short = ['2021', '2022', '2023'].flatMap((y) => {
      const v = yearValue(answers, 's2.totalOutput', y)
      return v === undefined || meets(bar, v) ? [] : [{ y, text: `${y}年 ${format2(v)}${bar.unit}` }]
    })
    return short.length === 0 ? [] : below(bar, config, ['s2.totalOutput'], short.map((s) => s.text).join('、'), short[0].y)
  }),
  simpleBar('smeOutputShare', 's2.smeOutputShare', (a) => yearValue(a, 's2.smeOutputShare', '2023')),
  simpleBar('leadingShare', 's2.leadingShare', (a) => yearValue(a, 's2.leadingShare', '2023')),
  barRule('leadingCagr', ['s2.leadingCagr', 's2.totalOutput', 's2.leadingShare', 's2.leadingGrowth'], (answers, bar, config) => {
    // The computed value decides when the yearly outputs allow it: a typed figure (with an explained
    // CAGR_MISMATCH) must not pass a confirmed bar the outputs do not meet.
    const computed = leadingCagr(answers)?.value
    const v = computed ?? numberValue(answers, 's2.leadingCagr')
    if (v === undefined || meets(bar, v)) return []
    return below(bar, config, ['s2.leadingCagr'], computed === undefined ? `${format2(v)}%` : `按各年产值计算为 ${format2(v)}%`)
  }),
  barRule('qualityEnterprises', ['s2.littleGiants', 's2.singleChampions', 's2.provincialSrdi', 's2.innovativeSmes', 's2.highTech'], (answers, bar, config) => {
    const at = (id: string) => yearValue(answers, id, '2023')
    const top = [at('s2.littleGiants'), at('s2.singleChampions')]
    const quality = [at('s2.provincialSrdi'), at('s2.innovativeSmes'), at('s2.highTech')]
    if ([...top, ...quality].some((v) => v === undefined)) return []
    const topSum = (top as number[]).reduce((a, b) => a + b, 0)
    const qualitySum = (quality as number[]).reduce((a, b) => a + b, 0)
    if (meets(bar, topSum) || qualitySum >= config.qualitySmeAlternative) return []
    return below(
      { ...bar, criterion: `${bar.criterion}（或专精特新、创新型中小企业和高新技术企业合计不少于 ${config.qualitySmeAlternative} 家）` },
      config,
      ['s2.littleGiants', 's2.singleChampions', 's2.provincialSrdi', 's2.innovativeSmes', 's2.highTech'],
      `小巨人和单项冠军 ${topSum} 家，其他优质中小企业 ${qualitySum} 家`
    )
  }),
  simpleBar('area', 's1.area', (a) => numberValue(a, 's1.area')),
  barRule('rdGrowth', ['s3.rdGrowth'], (answers, bar, config) => {
    const d = meanGrowth(answers, 's3.rdGrowth')
    return !d || meets(bar, d.value) ? [] : below(bar, config, ['s3.rdGrowth'], `${d.text}%`)
  }),
  simpleBar('iiotRate', 's4.iiotRate', (a) => numberValue(a, 's4.iiotRate')),
  barRule('standardsCount', ['s3.standards'], (answers, bar, config) => {
    const m = answers['s3.standards']?.value as StandardsValue | undefined
    if (!m || typeof m !== 'object') return []
    let total = 0
    for (const y of ['2021', '2022', '2023'] as const) {
      for (const c of ['国际', '国家', '行业', '团体'] as const) total += (countOf(m[y]?.[c]?.host) ?? 0) + (countOf(m[y]?.[c]?.participate) ?? 0)
    }
    return meets(bar, total) ? [] : below(bar, config, ['s3.standards'], `${total}项`)
  })
]

export const ELIGIBILITY_RULES: readonly CrossRule[] = [...gateRules, ...benchmarkRules, ...barRules]
