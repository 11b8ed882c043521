import { z } from 'zod'
import { FORM } from '../../form'
import { ok, type CloudResult } from '../../errors'
import { CURRENT_ROUND, MAX_EVIDENCE_REF_CHARS, MAX_EVIDENCE_REFS, blocksSubmission, check, type Answers, type Finding } from '../../rules'
import type { HandlerContext } from './context'
import { define } from './define'

const SECTION_IDS = FORM.sections.map((s) => s.id) as [string, ...string[]]

const answer = z
  .object({
    value: z.unknown(),
    explanation: z.string().max(500).optional(),
    evidence: z.array(z.string().min(1).max(MAX_EVIDENCE_REF_CHARS)).max(MAX_EVIDENCE_REFS).optional()
  })
  .strict()

export const checkAnswersEvent = z
  .object({
    answers: z.record(z.string().max(64), answer).refine((a) => Object.keys(a).length <= 400, { message: 'too many answers' }),
    level: z.enum(['draft', 'save', 'submit']),
    section: z.enum(SECTION_IDS).optional()
  })
  .strict()

export interface CheckAnswersResult {
  findings: Finding[]
  blocking: number
}

/**
 * Runs the shared rule module in the cloud, exactly as the phone does, with the round's bars (CURRENT_ROUND,
 * the same value the phone reads). The server's clock decides “today”.
 * (Submission will check stored answers with the same call; here the answers come with the request.)
 */
export function checkAnswers(event: z.infer<typeof checkAnswersEvent>, ctx: HandlerContext): CloudResult<CheckAnswersResult> {
  const findings = check(event.answers as Answers, {
    level: event.level,
    ...(event.section ? { section: event.section as (typeof FORM.sections)[number]['id'] } : {}),
    now: ctx.clock.now(),
    config: CURRENT_ROUND
  })
  return ok({ findings, blocking: findings.filter(blocksSubmission).length })
}

export const checkAnswersFunction = define(checkAnswersEvent, checkAnswers)
