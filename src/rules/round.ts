/**
 * The bars of the round in force: one value that the phone (chat engine, overview) and the cloud functions
 * (patchAnswers, checkAnswers) all read, so a round's `withBars` takes effect everywhere at once.
 * Shandong's provincial bar (鲁工信发〔2020〕5号) is not published (policy.md §2, [unknown]); until it is,
 * the round applies the national standard. To run a provincial round, replace this value, e.g.
 * `withBars(NATIONAL_2022, '山东省2024年度', { totalOutputEachYear: { value: 10, source: '…' } })`.
 */
import { NATIONAL_2022, type RulesConfig } from './config'

export const CURRENT_ROUND: RulesConfig = NATIONAL_2022
