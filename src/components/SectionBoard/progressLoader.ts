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

/** The last checked progress: home asks again for the same answers (device view, then an empty pull). */
let last: { answers: Answers; day: string; progress: SectionProgress[] } | null = null

/**
 * Same answers: the same items with the same answer objects. The device store and the pull never change an
 * answer object in place (src/sync/deviceStore.ts writes new ones), so this is exact and costs no traversal.
 */
const sameAnswers = (a: Answers, b: Answers) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/** The rules' calendar day (Shanghai, UTC+8 all year; src/rules/dates.ts): date rules change only with it. */
const ruleDay = (now: Date) => new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)

/**
 * Every section's progress: with the 提交 findings once the rule check has loaded, else the counts alone. The
 * check runs again only when the answers or the day changed.
 */
export function progressNow(answers: Answers, now: Date): SectionProgress[] {
  if (!rules) return sectionProgress(answers, [], ALL_SECTIONS)
  const day = ruleDay(now)
  if (last && last.day === day && sameAnswers(last.answers, answers)) return last.progress
  const progress = rules.checkedProgress(answers, now)
  last = { answers: { ...answers }, day, progress }
  return progress
}
