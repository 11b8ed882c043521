/**
 * The one answer shape (value, explanation, evidence references), with no imports: the sync client and the
 * mini-program's main package use it without pulling in the rule module.
 */

/** One stored answer: the value, the operator's explanation of a warning, evidence references (photos). */
export interface Answer {
  value: unknown
  explanation?: string
  evidence?: string[]
}

/** At most this many photos prove one claim, and a reference is at most this long (a SHA-256 is 64). */
export const MAX_EVIDENCE_REFS = 50
export const MAX_EVIDENCE_REF_CHARS = 200

/**
 * An answer as it travels — device outbox → patch op → stored field → pull — with its empty parts left out,
 * so the same answer has one form everywhere (an explanation or photo list that is empty is absent).
 */
export function answerOf(parts: { value?: unknown; explanation?: string | null; evidence?: readonly string[] | null }): Answer {
  return {
    value: parts.value,
    ...(parts.explanation ? { explanation: parts.explanation } : {}),
    ...(parts.evidence && parts.evidence.length > 0 ? { evidence: [...parts.evidence] } : {})
  }
}
