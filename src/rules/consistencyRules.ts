/**
 * Consistency the printed form implies without forbidding outright, so these warn (an explanation lets
 * them pass), plus the two “nothing filled in” cases of 提交: a checklist with no tick, an indicator table
 * with no row (the plan outline in section 八 prints the table; 填报说明: 各必填栏目不得空缺).
 */
import { allItems, type ChecklistItem } from '../form'
import type { CrossRule } from './crossRules'
import { format2 } from './decimal'
import { finding } from './emit'
import { choiceLabel, ticked, yearValue } from './read'
import type { PlanValue } from './values'

const INDUSTRIAL = '第二产业'
const NOT_INDUSTRIAL = '非工业集群，不适用'

/** 是否高于行业平均水平 answered “非工业集群，不适用” for a cluster whose leading industry is 第二产业. */
const industryTypeRules: CrossRule[] = ['s5.solidWasteAboveAverage', 's5.waterAboveAverage'].map((id) => ({
  id: `industryType:${id}`,
  family: 'consistency',
  inputs: [id, 's1.industryType'],
  minLevel: 'submit',
  sections: ['s5'],
  run(answers) {
    const type = choiceLabel(answers, 's1.industryType')
    const answer = choiceLabel(answers, id)
    if (type !== INDUSTRIAL || answer !== NOT_INDUSTRIAL) return []
    const group = allItems().find((i) => i.id === id)?.group ?? id
    return [finding('INDUSTRY_TYPE_CONFLICT', 'warning', [id, 's1.industryType'], { type, label: `${group}·是否高于行业平均水平`, answer })]
  }
}))

/** 工业软件应用率稳步提升 = 是 while the purchases printed beside it fall from one year to the next. */
const softwareRising: CrossRule = {
  id: 'softwareRising',
  family: 'consistency',
  inputs: ['s4.softwareRising', 's4.softwarePurchases'],
  minLevel: 'submit',
  sections: ['s4'],
  run(answers) {
    if (choiceLabel(answers, 's4.softwareRising') !== '是') return []
    for (const [from, to] of [
      ['2021', '2022'],
      ['2022', '2023']
    ] as const) {
      const before = yearValue(answers, 's4.softwarePurchases', from)
      const after = yearValue(answers, 's4.softwarePurchases', to)
      if (before !== undefined && after !== undefined && after < before) {
        return [
          finding('SOFTWARE_RISING_CONFLICT', 'warning', ['s4.softwareRising', 's4.softwarePurchases'], { from, to, before: format2(before), after: format2(after) }, { path: to })
        ]
      }
    }
    return []
  }
}

const checklistRules: CrossRule[] = allItems()
  .filter((i): i is ChecklistItem => i.kind === 'checklist' && i.required)
  .map((item) => ({
    id: `checklistTicked:${item.id}`,
    family: 'consistency',
    inputs: [item.id],
    minLevel: 'submit',
    sections: [],
    run(answers) {
      const v = ticked(answers, item.id)
      return v && v.ticked.length === 0 ? [finding('CHECKLIST_EMPTY', 'warning', [item.id], { label: item.label })] : []
    }
  }))

const indicatorsFilled: CrossRule = {
  id: 'indicatorsFilled',
  family: 'consistency',
  inputs: ['s8.plan'],
  minLevel: 'submit',
  sections: ['s8'],
  run(answers) {
    const v = answers['s8.plan']?.value as PlanValue | undefined
    return v && typeof v === 'object' && Array.isArray(v.indicators) && v.indicators.length === 0
      ? [finding('INDICATORS_EMPTY', 'error', ['s8.plan'], {}, { path: 'indicators' })]
      : []
  }
}

export const CONSISTENCY_RULES: readonly CrossRule[] = [...industryTypeRules, softwareRising, ...checklistRules, indicatorsFilled]
