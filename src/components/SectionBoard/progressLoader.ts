/**
 * The section progress home shows, without putting the rule module into the weapp main package.
 *
 * Counting answered and required items needs only the form (rules/progress.ts); the findings (errors, warnings
 * to explain, missing evidence) need the whole rule module, which is imported on demand. In the weapp build
 * webpack emits it as `pages/chat/home-progress.js`, inside the chat subpackage home preloads (app.config.ts),
 * and src/platform/chunkLoading.weapp.ts loads it with WeChat's require.async; the browser build loads it as an
 * ordinary chunk. Until it has loaded (or if it cannot load), the cards show the counts without findings.
 */
import type { Answers } from '../../rules/values'
import { ALL_SECTIONS, sectionProgress, type SectionProgress } from '../../rules/progress'

type RuleModule = typeof import('../../rules/homeProgress')

let rules: RuleModule | null = null
let loading: Promise<RuleModule | null> | null = null

/** Loads the rule check once; resolves to null when it cannot be loaded now (tried again on the next call). */
export function loadRuleCheck(): Promise<RuleModule | null> {
  if (rules) return Promise.resolve(rules)
  loading ??= import(/* webpackChunkName: "pages/chat/home-progress" */ '../../rules/homeProgress').then(
    (m) => (rules = m),
    () => {
      loading = null
      return null
    }
  )
  return loading
}

/** Whether the findings are known (the rule check has loaded). */
export const ruleCheckLoaded = (): boolean => rules !== null

/** Every section's progress: with the 提交 findings once the rule check has loaded, else the counts alone. */
export function progressNow(answers: Answers, now: Date): SectionProgress[] {
  return rules ? rules.checkedProgress(answers, now) : sectionProgress(answers, [], ALL_SECTIONS)
}
