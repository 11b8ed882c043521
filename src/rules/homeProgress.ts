/**
 * Home's section cards with the findings of the full 提交 check. Home loads this on demand
 * (src/components/SectionBoard/progressLoader.ts), so in the weapp build the rule module is a chunk of the chat
 * subpackage instead of part of the main package (scripts/bench.mjs `weapp_main_package_kb`).
 */
import { check } from './check'
import { ALL_SECTIONS, sectionProgress, type SectionProgress } from './progress'
import type { Answers } from './values'

export function checkedProgress(answers: Answers, now: Date): SectionProgress[] {
  return sectionProgress(answers, check(answers, { level: 'submit', now }), ALL_SECTIONS)
}
