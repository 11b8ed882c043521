/** Per-section completion and findings for the overview (pure; reads the model and the rule module). */
import { FORM, isAnswerable, sectionOf, type SectionId } from '../form'
import type { Answers, Finding } from '../rules'

/** Until the cloud assigns sections (issue 5), an operator fills 封面 to 八; 九 is signed on paper and its
 * opinion is typed by the city. */
export const OPERATOR_SCOPE: SectionId[] = FORM.sections.map((s) => s.id).filter((id) => id !== 's9')

/** The sections a member fills: the owner all of 封面 to 八, an operator the assigned ones, reviewers none. */
export function scopeFor(role: string, sections: readonly string[]): SectionId[] {
  if (role === 'owner') return OPERATOR_SCOPE
  if (role === 'operator') return OPERATOR_SCOPE.filter((id) => sections.includes(id))
  return []
}

export interface SectionProgress {
  id: SectionId
  title: string
  answered: number
  total: number
  percent: number
  errors: Finding[]
  warnings: Finding[]
  missingEvidence: Finding[]
}

export function sectionProgress(answers: Answers, findings: readonly Finding[], scope: readonly SectionId[]): SectionProgress[] {
  return FORM.sections
    .filter((s) => scope.includes(s.id))
    .map((s) => {
      const items = s.items.filter(isAnswerable)
      const answered = items.filter((i) => answers[i.id]?.value !== undefined).length
      const own = findings.filter((f) => sectionOf(f.itemIds[0])?.id === s.id)
      return {
        id: s.id,
        title: s.title,
        answered,
        total: items.length,
        percent: items.length === 0 ? 100 : Math.round((answered / items.length) * 100),
        errors: own.filter((f) => f.severity === 'error' && f.code !== 'EVIDENCE_MISSING' && f.code !== 'REQUIRED_MISSING'),
        warnings: own.filter((f) => f.severity === 'warning' && !f.explained),
        missingEvidence: own.filter((f) => f.code === 'EVIDENCE_MISSING')
      }
    })
}
