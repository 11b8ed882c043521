/**
 * One entry point for the phone, the cloud functions and the export:
 * `check(answers, {level, section?, now?, config?})` → findings. Deterministic, no I/O.
 * `createChecker` keeps results per item and per rule so that an edit re-runs only the value rule of the
 * changed item and the cross rules that declare it as an input.
 */
import { FORM, isAnswerable, type Item, type SectionId } from '../form'
import type { RulesConfig } from './config'
import { CONSISTENCY_RULES } from './consistencyRules'
import { CROSS_RULES, type CrossRule } from './crossRules'
import { ELIGIBILITY_RULES } from './eligibilityRules'
import { CURRENT_ROUND } from './round'
import { EVIDENCE_RULES } from './evidenceRules'
import type { Finding, Level } from './findings'
import { isBlank } from './text'
import { DRAFT_CODES, valueFindings } from './valueRules'
import type { Answers } from './values'

export interface CheckOptions {
  level: Level
  /** Limit to one section (保存 of a section); rules reading that section's items are included. */
  section?: SectionId
  /** The clock; injected so results do not depend on when a test runs. */
  now?: Date
  /** The round's bars; CURRENT_ROUND when not given. */
  config?: RulesConfig
}

export const ALL_RULES: readonly CrossRule[] = [...CROSS_RULES, ...CONSISTENCY_RULES, ...EVIDENCE_RULES, ...ELIGIBILITY_RULES]

const ITEMS: readonly { item: Item; section: SectionId }[] = FORM.sections.flatMap((s) =>
  s.items.filter(isAnswerable).map((item) => ({ item, section: s.id }))
)
const SECTION_OF = new Map(ITEMS.map((e) => [e.item.id, e.section]))

const RULES_BY_INPUT = new Map<string, CrossRule[]>()
for (const rule of ALL_RULES) {
  for (const input of rule.inputs) RULES_BY_INPUT.set(input, [...(RULES_BY_INPUT.get(input) ?? []), rule])
}

/** The cross rules that read an item (their declared inputs): what an edit of that item can change. */
export function rulesReading(itemId: string): readonly CrossRule[] {
  return RULES_BY_INPUT.get(itemId) ?? []
}

function ruleInScope(rule: CrossRule, level: Level, section: SectionId | undefined): boolean {
  switch (level) {
    case 'draft':
      return false
    case 'save':
      return rule.minLevel === 'save' && (section === undefined || rule.sections.includes(section))
    case 'submit':
      return section === undefined || rule.sections.includes(section) || rule.inputs.some((i) => SECTION_OF.get(i) === section)
  }
}

export interface Checker {
  /** Runs every rule in scope from scratch. */
  run(answers: Answers): Finding[]
  /** Re-runs only what depends on the changed items; `run` must have been called once. */
  update(answers: Answers, changedItemIds: readonly string[]): Finding[]
}

export function createChecker(options: CheckOptions): Checker {
  const config = options.config ?? CURRENT_ROUND
  const ctx = { config, now: options.now ?? new Date() }
  const { level, section } = options
  const items = ITEMS.filter((e) => section === undefined || e.section === section)
  const rules = ALL_RULES.filter((r) => ruleInScope(r, level, section))
  const ruleSet = new Set(rules)
  const byItem = new Map<string, Finding[]>()
  const byRule = new Map<CrossRule, Finding[]>()

  const itemFindings = (item: Item, answers: Answers): Finding[] => {
    const answer = answers[item.id]
    if (level === 'draft') {
      return answer === undefined ? [] : valueFindings(item, answer, ctx).filter((f) => DRAFT_CODES.has(f.code))
    }
    return valueFindings(item, answer, ctx)
  }

  const collect = (answers: Answers): Finding[] => {
    const out: Finding[] = []
    for (const list of byItem.values()) for (const f of list) out.push(f)
    for (const list of byRule.values()) for (const f of list) out.push(f)
    for (let i = 0; i < out.length; i++) {
      const f = out[i]
      if (f.severity === 'warning') {
        const explained = !isBlank(answers[f.itemIds[0]]?.explanation)
        if (f.explained !== explained) out[i] = { ...f, explained }
      }
    }
    return out
  }

  return {
    run(answers) {
      byItem.clear()
      byRule.clear()
      for (const { item } of items) byItem.set(item.id, itemFindings(item, answers))
      for (const rule of rules) byRule.set(rule, rule.run(answers, { config }))
      return collect(answers)
    },
    update(answers, changed) {
      for (const id of changed) {
        const entry = items.find((e) => e.item.id === id)
        if (entry) byItem.set(id, itemFindings(entry.item, answers))
        for (const rule of rulesReading(id)) if (ruleSet.has(rule)) byRule.set(rule, rule.run(answers, { config }))
      }
      return collect(answers)
    }
  }
}

export function check(answers: Answers, options: CheckOptions): Finding[] {
  return createChecker(options).run(answers)
}
