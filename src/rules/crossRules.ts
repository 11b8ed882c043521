/**
 * Rules across items. Each declares its inputs, so an edit re-runs only the rules that read it
 * (check.ts), and the level from which it applies.
 */
import { findItem, type SectionId } from '../form'
import type { RulesConfig } from './config'
import { format2 } from './decimal'
import { leadingCagr, leadingGrowth, leadingOutput, patentDensity } from './derived'
import { finding } from './emit'
import type { Finding } from './findings'
import { checkClusterName } from './names'
import { countOf, listEntries, numberValue, yearValue } from './read'
import type { Answers, CountGroupValue, PlatformsValue, RegionValue, StandardsValue } from './values'

export interface RuleRunContext {
  config: RulesConfig
}

/** What a rule is about; the rule module's own policies (what the chat asks at once, ordering) read it. */
export type RuleFamily = 'cross' | 'consistency' | 'evidence' | 'eligibility'

export interface CrossRule {
  id: string
  family: RuleFamily
  inputs: readonly string[]
  minLevel: 'save' | 'submit'
  /** Sections whose 保存 runs this rule (when minLevel is 'save'). */
  sections: readonly SectionId[]
  run(answers: Answers, ctx: RuleRunContext): Finding[]
}

const YEARS = [2021, 2022, 2023] as const
const label = (id: string) => findItem(id)?.label ?? id

const QUALITY_COUNTS = ['s2.provincialSrdi', 's2.littleGiants', 's2.singleChampions', 's2.highTech', 's2.innovativeSmes'] as const

const clusterNameRegion: CrossRule = {
  id: 'clusterNameRegion',
  family: 'cross',
  inputs: ['s1.clusterName', 'cover.region'],
  minLevel: 'save',
  sections: ['s1', 'cover'],
  run(answers) {
    const name = answers['s1.clusterName']?.value
    if (typeof name !== 'string' || name.trim() === '') return []
    const region = answers['cover.region']?.value as RegionValue | undefined
    const r = checkClusterName(name, region && typeof region === 'object' ? region : undefined)
    switch (r.kind) {
      case 'ok':
      case 'suffix': // reported by the value rule of 集群名称
        return []
      case 'mismatch':
        return [finding('CLUSTER_NAME_REGION_MISMATCH', 'error', ['s1.clusterName', 'cover.region'], { named: r.named, region: r.region })]
      case 'pattern':
        return [finding('CLUSTER_NAME_PATTERN', 'warning', ['s1.clusterName'], { why: r.why })]
    }
  }
}

const smesWithinTotal: CrossRule = {
  id: 'smesWithinTotal',
  family: 'cross',
  inputs: ['s2.smes', 's2.enterprises'],
  minLevel: 'save',
  sections: ['s2'],
  run(answers) {
    return YEARS.flatMap((y) => {
      const smes = yearValue(answers, 's2.smes', String(y))
      const total = yearValue(answers, 's2.enterprises', String(y))
      return smes !== undefined && total !== undefined && smes > total
        ? [finding('SME_COUNT_EXCEEDS_TOTAL', 'error', ['s2.smes', 's2.enterprises'], { year: y, smes, total }, { path: String(y) })]
        : []
    })
  }
}

const qualityWithinTotal: CrossRule = {
  id: 'qualityWithinTotal',
  family: 'cross',
  inputs: [...QUALITY_COUNTS, 's2.enterprises'],
  minLevel: 'save',
  sections: ['s2'],
  run(answers) {
    const out: Finding[] = []
    for (const id of QUALITY_COUNTS) {
      for (const y of YEARS) {
        const count = yearValue(answers, id, String(y))
        const total = yearValue(answers, 's2.enterprises', String(y))
        if (count !== undefined && total !== undefined && count > total) {
          out.push(finding('QUALITY_COUNT_EXCEEDS_TOTAL', 'error', [id, 's2.enterprises'], { year: y, label: label(id), count, total }, { path: String(y) }))
        }
      }
    }
    return out
  }
}

const leadingOutputInfo: CrossRule = {
  id: 'leadingOutputInfo',
  family: 'cross',
  inputs: ['s2.totalOutput', 's2.leadingShare'],
  minLevel: 'submit',
  sections: ['s2'],
  run(answers) {
    return YEARS.flatMap((y) => {
      const d = leadingOutput(answers, y)
      return d ? [finding('LEADING_OUTPUT_DERIVED', 'info', ['s2.leadingShare', 's2.totalOutput'], { year: y, value: d.text }, { path: String(y), formula: d.formula })] : []
    })
  }
}

const leadingGrowthAgrees: CrossRule = {
  id: 'leadingGrowthAgrees',
  family: 'cross',
  inputs: ['s2.totalOutput', 's2.leadingShare', 's2.leadingGrowth'],
  minLevel: 'submit',
  sections: ['s2'],
  run(answers, { config }) {
    return [2022, 2023].flatMap((y) => {
      const d = leadingGrowth(answers, y)
      const entered = yearValue(answers, 's2.leadingGrowth', String(y))
      if (!d || entered === undefined || Math.abs(d.value - entered) <= config.growthTolerancePp) return []
      return [
        finding(
          'LEADING_GROWTH_MISMATCH',
          'warning',
          ['s2.leadingGrowth', 's2.totalOutput', 's2.leadingShare'],
          { year: y, computed: d.text, entered: format2(entered), tolerance: config.growthTolerancePp },
          { path: String(y), formula: d.formula }
        )
      ]
    })
  }
}

const cagrAgrees: CrossRule = {
  id: 'cagrAgrees',
  family: 'cross',
  inputs: ['s2.totalOutput', 's2.leadingShare', 's2.leadingGrowth', 's2.leadingCagr'],
  minLevel: 'submit',
  sections: ['s2'],
  run(answers, { config }) {
    const d = leadingCagr(answers)
    const entered = numberValue(answers, 's2.leadingCagr')
    if (!d || entered === undefined || Math.abs(d.value - entered) <= config.growthTolerancePp) return []
    return [
      finding(
        'CAGR_MISMATCH',
        'warning',
        ['s2.leadingCagr', 's2.totalOutput', 's2.leadingShare', 's2.leadingGrowth'],
        { computed: d.text, entered: format2(entered), tolerance: config.growthTolerancePp },
        { formula: d.formula }
      )
    ]
  }
}

const patentDensityAgrees: CrossRule = {
  id: 'patentDensityAgrees',
  family: 'cross',
  inputs: ['s3.inventionPatents', 's3.smeEmployees', 's3.patentsPer10k'],
  minLevel: 'submit',
  sections: ['s3'],
  run(answers, { config }) {
    const d = patentDensity(answers)
    const entered = numberValue(answers, 's3.patentsPer10k')
    if (!d || entered === undefined) return []
    const tolerance = Math.max(config.densityTolerance, Math.abs(d.value) * 0.01)
    if (Math.abs(d.value - entered) <= tolerance) return []
    return [
      finding(
        'PATENT_DENSITY_MISMATCH',
        'warning',
        ['s3.patentsPer10k', 's3.inventionPatents', 's3.smeEmployees'],
        {
          computed: d.text,
          entered: format2(entered),
          patents: numberValue(answers, 's3.inventionPatents') ?? '',
          employees: numberValue(answers, 's3.smeEmployees') ?? ''
        },
        { formula: d.formula }
      )
    ]
  }
}

function countVsList(id: string, countId: string, listId: string, countLabel?: string): CrossRule {
  return {
    id,
    family: 'cross',
    inputs: [countId, listId],
    minLevel: 'submit',
    sections: [countId.split('.')[0] as SectionId],
    run(answers) {
      const count = numberValue(answers, countId)
      const entries = listEntries(answers, listId)
      if (count === undefined || entries === undefined) return []
      return count === entries.length
        ? []
        : [finding('LIST_COUNT_MISMATCH', 'error', [listId, countId], { label: countLabel ?? label(countId), count, listed: entries.length })]
    }
  }
}

const greenCounts: CrossRule = {
  id: 'greenCountsVsList',
  family: 'cross',
  inputs: ['s5.greenSystem', 's5.greenList'],
  minLevel: 'submit',
  sections: ['s5'],
  run(answers) {
    const item = findItem('s5.greenSystem')
    const counts = answers['s5.greenSystem']?.value as CountGroupValue | undefined
    const entries = listEntries(answers, 's5.greenList')
    if (!item || item.kind !== 'countGroup' || !counts || typeof counts !== 'object' || !entries) return []
    return item.counts.flatMap((c) => {
      const count = countOf(counts[c.id])
      const category = c.label.replace(/数量$/, '')
      const listed = entries.filter((e) => e.fields.category === category).length
      return count === undefined || count === listed
        ? []
        : [finding('LIST_COUNT_MISMATCH', 'error', ['s5.greenList', 's5.greenSystem'], { label: c.label, count, listed }, { path: c.id })]
    })
  }
}

const standardsCounts: CrossRule = {
  id: 'standardsVsList',
  family: 'cross',
  inputs: ['s3.standards', 's3.standardsList'],
  minLevel: 'submit',
  sections: ['s3'],
  run(answers) {
    const matrix = answers['s3.standards']?.value as StandardsValue | undefined
    const entries = listEntries(answers, 's3.standardsList')
    if (!matrix || typeof matrix !== 'object' || !entries) return []
    const out: Finding[] = []
    for (const category of ['国际', '国家', '行业', '团体'] as const) {
      for (const [role, roleLabel, listRole] of [
        ['host', '主持数量', '主持'],
        ['participate', '参与数量', '参与']
      ] as const) {
        let count = 0
        for (const y of ['2021', '2022', '2023'] as const) count += countOf(matrix[y]?.[category]?.[role]) ?? 0
        const listed = entries.filter((e) => e.fields.category === category && e.fields.role === listRole).length
        if (count !== listed) {
          out.push(finding('LIST_COUNT_MISMATCH', 'error', ['s3.standardsList', 's3.standards'], { label: `近三年${category}标准${roleLabel}`, count, listed }, { path: `${category}.${role}` }))
        }
      }
    }
    return out
  }
}

const platformCounts: CrossRule = {
  id: 'platformsVsNames',
  family: 'cross',
  inputs: ['s3.platforms'],
  minLevel: 'submit',
  sections: ['s3'],
  run(answers) {
    const item = findItem('s3.platforms')
    const v = answers['s3.platforms']?.value as PlatformsValue | undefined
    if (!item || item.kind !== 'platforms' || !v || typeof v !== 'object') return []
    return item.tiers.flatMap((tier) => {
      const count = countOf(v[tier.id]?.count)
      const listed = v[tier.id]?.entries.length ?? 0
      return count === undefined || count === listed
        ? []
        : [finding('LIST_COUNT_MISMATCH', 'error', ['s3.platforms'], { label: tier.label, count, listed }, { path: tier.id })]
    })
  }
}

export const CROSS_RULES: readonly CrossRule[] = [
  clusterNameRegion,
  smesWithinTotal,
  qualityWithinTotal,
  leadingOutputInfo,
  leadingGrowthAgrees,
  cagrAgrees,
  patentDensityAgrees,
  countVsList('patentsVsList', 's3.inventionPatents', 's3.patentList'),
  countVsList('branchesVsList', 's6.overseasBranches', 's6.branchList'),
  greenCounts,
  standardsCounts,
  platformCounts
]
