/**
 * Findings are typed data: a code, a severity, the items involved and parameters. The Chinese text is
 * made from the code in messages.ts, the one table of rule wording.
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * Levels as on the government platforms: 暂存 stores anything parseable; 保存 applies a section's value
 * rules; 提交 applies everything (cross-section, evidence, eligibility).
 */
export type Level = 'draft' | 'save' | 'submit'

export type RuleCode =
  // shape and value rules
  | 'VALUE_SHAPE'
  | 'REQUIRED_MISSING'
  | 'NUMBER_INVALID'
  | 'NUMBER_NEGATIVE'
  | 'COUNT_NOT_INTEGER'
  | 'NUMBER_TOO_LARGE'
  | 'DECIMAL_ROUNDED'
  | 'SHARE_OUT_OF_RANGE'
  | 'RATE_IMPLAUSIBLE'
  | 'TEXT_TOO_LONG'
  | 'TEXT_CONTROL_CHARS'
  | 'NONE_NOT_ALLOWED'
  | 'PHONE_INVALID'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'REGION_CITY_UNKNOWN'
  | 'REGION_COUNTY_UNKNOWN'
  | 'CLUSTER_NAME_SUFFIX'
  | 'CLUSTER_NAME_REGION_MISMATCH'
  | 'CLUSTER_NAME_PATTERN'
  | 'OPERATOR_LOOKS_LIKE_BUILDER'
  | 'OPTION_UNKNOWN'
  | 'LIST_EMPTY'
  | 'LIST_ENTRY_INCOMPLETE'
  | 'PLAN_PART_MISSING'
  | 'INDICATOR_INCOMPLETE'
  // list numbers (policy.md §4) and list consistency
  | 'PATENT_NUMBER_INVALID'
  | 'PATENT_CHECK_DIGIT'
  | 'PATENT_TYPE_MISMATCH'
  | 'PATENT_PCT_IN_LIST'
  | 'STANDARD_NUMBER_INVALID'
  | 'STANDARD_YEAR_MISSING'
  | 'STANDARD_CATEGORY_MISMATCH'
  | 'STANDARD_LOCAL_NO_COLUMN'
  | 'LIST_DUPLICATE'
  | 'LIST_YEAR_IN_FUTURE'
  | 'CHECKLIST_EMPTY'
  | 'INDICATORS_EMPTY'
  | 'AMOUNT_UNIT_SUSPECT'
  // cross-field
  | 'SME_COUNT_EXCEEDS_TOTAL'
  | 'QUALITY_COUNT_EXCEEDS_TOTAL'
  | 'LEADING_OUTPUT_DERIVED'
  | 'LEADING_GROWTH_MISMATCH'
  | 'CAGR_MISMATCH'
  | 'PATENT_DENSITY_MISMATCH'
  | 'LIST_COUNT_MISMATCH'
  | 'INDUSTRY_TYPE_CONFLICT'
  | 'SOFTWARE_RISING_CONFLICT'
  | 'EVIDENCE_MISSING'
  // eligibility
  | 'GATE_FAILED'
  | 'BENCHMARK_NOT_MET'
  | 'BELOW_BAR'

export type Params = Record<string, string | number>

export interface Finding {
  code: RuleCode
  severity: Severity
  /** The items involved; the first is where an explanation for a warning is stored. */
  itemIds: string[]
  /** Where inside the first item's value (e.g. "2022", "entries.3.number"). */
  path?: string
  params: Params
  /** The formula of a derived value, shown to the user. */
  formula?: string
  /** Chinese text, from messages.ts. */
  message: string
  /** For warnings: whether the operator has stored an explanation on the first item. */
  explained?: boolean
}

/** Submission is blocked by any error and by any warning without an explanation. */
export function blocksSubmission(f: Finding): boolean {
  return f.severity === 'error' || (f.severity === 'warning' && !f.explained)
}
