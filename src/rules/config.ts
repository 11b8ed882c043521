/**
 * Every threshold the rules use, in one table, with its source and how sure we are of it
 * (shared/policy.md). “confirmed” bars are errors; “likely” ones only warn; “unknown” ones are not
 * applied unless a round configures them. The provincial bar differs from the national one and changes
 * by round, so a round can replace any value (RulesConfig).
 */
export type Confidence = 'confirmed' | 'likely' | 'unknown'

export type BarId =
  | 'totalOutputEachYear'
  | 'smeOutputShare'
  | 'leadingShare'
  | 'leadingCagr'
  | 'qualityEnterprises'
  | 'area'
  | 'rdGrowth'
  | 'iiotRate'
  | 'standardsCount'

export interface Bar {
  id: BarId
  /** Shown to the user, e.g. 集群总产值. */
  criterion: string
  value: number
  /** 'min' ≥ value, 'above' > value, 'max' ≤ value. */
  compare: 'min' | 'above' | 'max'
  unit: string
  confidence: Confidence
  source: string
}

const NATIONAL = '《中小企业特色产业集群认定标准（2022年版）》（工信部企业〔2022〕119号）'

export interface RulesConfig {
  /** Name of the round / bar in force, shown in messages. */
  barName: string
  bars: Record<BarId, Bar>
  /** ≥ 1 单项冠军 or 专精特新“小巨人”, or ≥ this many 专精特新 + 创新型 + 高新技术 SMEs. */
  qualitySmeAlternative: number
  /** Entered vs computed growth figures: warn beyond this many percentage points (issue 3). */
  growthTolerancePp: number
  /** Patents per 10,000 employees: warn when entered and computed differ by more than this. */
  densityTolerance: number
  /** Growth rates outside this range are possible but unusual: warn and ask for an explanation. */
  plausibleRate: { min: number; max: number }
  /**
   * Amounts above these look like a figure in the smaller unit (1183600 亿元 typed from 万元): warn. A
   * cluster's output above 1万亿元 (Shandong's whole economy is about 9万亿元) or software purchases above
   * 100亿元 are not plausible for an SME cluster.
   */
  amountMax: { 亿元: { max: number; likely: string }; 万元: { max: number; likely: string } }
  /** Words that mark a 基础建设单位 (policy.md §1.3); matched against the operator's name. */
  builderWords: readonly string[]
}

export const NATIONAL_2022: RulesConfig = {
  barName: NATIONAL,
  bars: {
    totalOutputEachYear: {
      id: 'totalOutputEachYear',
      criterion: '集群总产值（每年）',
      value: 40,
      compare: 'min',
      unit: '亿元',
      confidence: 'confirmed',
      source: NATIONAL
    },
    smeOutputShare: {
      id: 'smeOutputShare',
      criterion: '2023年集群内中小企业产值占比',
      value: 70,
      compare: 'above',
      unit: '%',
      confidence: 'confirmed',
      source: NATIONAL
    },
    leadingShare: {
      id: 'leadingShare',
      criterion: '2023年主导产业产值占比',
      value: 70,
      compare: 'above',
      unit: '%',
      confidence: 'confirmed',
      source: NATIONAL
    },
    leadingCagr: {
      id: 'leadingCagr',
      criterion: '近三年主导产业产值年均增速',
      value: 10,
      compare: 'above',
      unit: '%',
      confidence: 'confirmed',
      source: NATIONAL
    },
    qualityEnterprises: {
      id: 'qualityEnterprises',
      criterion: '2023年单项冠军或专精特新“小巨人”企业数量',
      value: 1,
      compare: 'min',
      unit: '家',
      confidence: 'confirmed',
      source: NATIONAL
    },
    area: { id: 'area', criterion: '集群占地面积', value: 100, compare: 'max', unit: '平方公里', confidence: 'confirmed', source: NATIONAL },
    rdGrowth: {
      id: 'rdGrowth',
      criterion: '中小企业研发经费年均增长',
      value: 5,
      compare: 'above',
      unit: '%',
      confidence: 'likely',
      source: NATIONAL
    },
    iiotRate: {
      id: 'iiotRate',
      criterion: '工业互联网平台应用普及率',
      value: 10,
      compare: 'min',
      unit: '%',
      confidence: 'likely',
      source: NATIONAL
    },
    standardsCount: {
      id: 'standardsCount',
      criterion: '近三年参与主导产业标准制修订数量',
      value: 2,
      compare: 'min',
      unit: '项',
      confidence: 'likely',
      source: NATIONAL
    }
  },
  qualitySmeAlternative: 10,
  growthTolerancePp: 0.5,
  densityTolerance: 0.05,
  plausibleRate: { min: -50, max: 200 },
  amountMax: { 亿元: { max: 10000, likely: '万元' }, 万元: { max: 1000000, likely: '元' } },
  builderWords: ['建设', '建筑', '城建', '城投', '工程', '施工', '基础设施', '路桥', '市政']
}

/** Replace some bars (e.g. a provincial round with output ≥ 10亿) and keep the rest. */
export function withBars(base: RulesConfig, barName: string, changes: Partial<Record<BarId, Partial<Bar>>>): RulesConfig {
  const bars = { ...base.bars }
  for (const [id, change] of Object.entries(changes) as [BarId, Partial<Bar>][]) bars[id] = { ...bars[id], ...change }
  return { ...base, barName, bars }
}
