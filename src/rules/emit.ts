import type { Finding, Params, RuleCode, Severity } from './findings'
import { ruleMessage } from './messages'

export function finding(
  code: RuleCode,
  severity: Severity,
  itemIds: string[],
  params: Params = {},
  extra: { path?: string; formula?: string } = {}
): Finding {
  const f: Finding = { code, severity, itemIds, params, message: ruleMessage(code, params) }
  if (extra.path !== undefined) f.path = extra.path
  if (extra.formula !== undefined) f.formula = extra.formula
  return f
}
