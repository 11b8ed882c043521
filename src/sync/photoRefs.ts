import type { Answer } from '../rules/answerShape'

/**
 * Every photo reference an answer carries: beside it (`evidence`), and inside its value under any `evidence` key —
 * a checklist's photos per tick, a list entry's, a platform's. Read without the rule module (the sync session is
 * in the mini-program's main package).
 */
export function photoRefs(a: Answer | undefined): Set<string> {
  const refs = new Set<string>()
  const walk = (v: unknown, underEvidence: boolean): void => {
    if (typeof v === 'string') {
      if (underEvidence) refs.add(v)
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, underEvidence))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, underEvidence || k === 'evidence')
  }
  if (a) walk({ evidence: a.evidence ?? [], value: a.value }, false)
  return refs
}
