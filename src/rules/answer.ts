/**
 * Rule policy for one answer as it is given (the chat; any single-field editor): which findings refuse it,
 * which ask for an explanation, which are told, in what order, and which derived value to offer first.
 * The conversation engine asks here instead of deciding itself.
 */
import type { Item } from '../form'
import { rulesReading } from './check'
import type { RulesConfig } from './config'
import type { RuleFamily } from './crossRules'
import { leadingCagr, patentDensity, type Derived } from './derived'
import type { Finding, RuleCode, Severity } from './findings'
import { derivedOfferText } from './messages'
import { CURRENT_ROUND } from './round'
import { valueFindings } from './valueRules'
import type { Answer, Answers } from './values'

export interface AnswerVerdict {
  /** Refuse the value, with these reasons. */
  errors: Finding[]
  /** Store only with an explanation (warnings about this item). */
  warnings: Finding[]
  /** Store, and tell: info, errors of other rules, eligibility bars, warnings about other items. */
  notices: Finding[]
}

/** Evidence is asked for on the evidence screens, not while a value is typed. */
const ASKED_ON_ANSWER: Record<RuleFamily, boolean> = { cross: true, consistency: true, eligibility: true, evidence: false }

/** Findings about this answer that are told, never refuse it or ask for an explanation while answering. */
const TOLD_WHILE_FILLING: ReadonlySet<RuleCode> = new Set<RuleCode>(['BELOW_BAR', 'LIST_COUNT_MISMATCH'])

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** The order findings are shown in: errors first, then warnings, then advice; stable within a severity. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f)
}

const answered = (answers: Answers, id: string) => answers[id] !== undefined && answers[id]?.value !== undefined

export function judgeAnswer(item: Item, answer: Answer, answers: Answers, options: { now: Date; config?: RulesConfig }): AnswerVerdict {
  const config = options.config ?? CURRENT_ROUND
  const next = { ...answers, [item.id]: answer }
  const own = valueFindings(item, answer, { config, now: options.now })
  // Rules run as soon as this answer meets any other answer they compare it with (a count against 企业数量
  // is judged when the count is typed, not after the last count); a finding about an item not answered yet
  // (a list still to come) waits for it.
  const cross = rulesReading(item.id)
    .filter((r) => ASKED_ON_ANSWER[r.family])
    .flatMap((r) => r.run(next, { config }))
    .filter((f) => f.itemIds.every((id) => answered(next, id)))
  // An eligibility bar is the cluster's situation, not a typing mistake: told, never asked to explain here. A list
  // that does not match its count yet is a list being filled (entry by entry, or the count typed first): told on
  // every answer, blocking only at 提交 — refusing it would throw away the entry just added.
  const aboutThis = (f: Finding) => f.itemIds[0] === item.id && !TOLD_WHILE_FILLING.has(f.code)
  return {
    // A cross-field error about this answer (“不能超过集群企业数量”) refuses it; about an earlier answer, it is told.
    errors: orderFindings([...own.filter((f) => f.severity === 'error'), ...cross.filter((f) => f.severity === 'error' && aboutThis(f))]),
    warnings: orderFindings([...own, ...cross].filter((f) => f.severity === 'warning' && aboutThis(f))),
    notices: orderFindings([
      ...own.filter((f) => f.severity === 'info'),
      ...cross.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !aboutThis(f))
    ])
  }
}

export interface DerivedOffer {
  /** The value to store if the operator accepts, in the cell's canonical form. */
  value: string
  /** “按您填写的数据，…，是否采用？（formula）”. */
  text: string
}

/** Items whose value can be computed from earlier answers: offered before the question is asked. */
export const DERIVED_OFFERS: Readonly<Record<string, { compute: (answers: Answers) => Derived | undefined; what: 'cagr' | 'patentDensity' }>> = {
  's2.leadingCagr': { compute: leadingCagr, what: 'cagr' },
  's3.patentsPer10k': { compute: patentDensity, what: 'patentDensity' }
}

export function derivedOffer(itemId: string, answers: Answers): DerivedOffer | undefined {
  const entry = DERIVED_OFFERS[itemId]
  const d = entry?.compute(answers)
  if (!entry || !d) return undefined
  return { value: d.text, text: derivedOfferText(entry.what, d.text, d.formula) }
}
