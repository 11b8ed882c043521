/** Per-section completion and findings for home and the overview (pure; reads the model and the rule module). */
import { FORM, isAnswerable, sectionOf, type Item, type SectionId } from '../form'
import type { Finding } from './findings'
import type { Answers } from './values'

/** 封面 to 八 are filled by the applicant's side; 九 is signed and stamped on paper (see PAPER_ONLY). */
export const OPERATOR_SCOPE: SectionId[] = FORM.sections.map((s) => s.id).filter((id) => id !== 's9')

/**
 * The sections a member fills: the owner all of 封面 to 八, an operator the assigned ones, the city's 市级推荐
 * the 推荐意见 of 九 (the printed form leaves that opinion to the recommending city), the county reviewer none.
 */
/** The sections active operators were given, each once (a removed member holds none). */
export const assignedSections = (members: readonly { role: string; sections: readonly string[]; removedAt?: string | null }[]): string[] => [
  ...new Set(members.filter((m) => m.role === 'operator' && !m.removedAt).flatMap((m) => m.sections))
]

/** The owner's own sections: those no active operator was given (the others are the operators' to fill). */
export const ownerScope = (assigned: readonly string[]): SectionId[] => OPERATOR_SCOPE.filter((id) => !assigned.includes(id))

/**
 * What the chat walks a member through (`scope`) and what else they may open with 跳到 or 修改 (`reach`): the owner
 * walks the sections no operator was given and may open every section; an operator walks and reaches their own.
 */
export function chatScope(role: string, sections: readonly string[], assigned: readonly string[]): { scope: SectionId[]; reach: SectionId[] } {
  return role === 'owner' ? { scope: ownerScope(assigned), reach: OPERATOR_SCOPE } : { scope: scopeFor(role, sections), reach: [] }
}

export function scopeFor(role: string, sections: readonly string[]): SectionId[] {
  if (role === 'owner') return OPERATOR_SCOPE
  if (role === 'operator') return OPERATOR_SCOPE.filter((id) => sections.includes(id))
  if (role === 'cityRecommender') return ['s9']
  return []
}

/** Places on the printed form that are signed, stamped or dated by hand after export (form 九). */
export const paperPlaces = (items: readonly Item[]) => items.filter((i) => i.kind === 'paperMark')

export interface SectionProgress {
  id: SectionId
  title: string
  answered: number
  total: number
  percent: number
  /** Required items answered / required items (what must be done before 提交). */
  requiredAnswered: number
  required: number
  /** Signature, stamp and date places made on paper. */
  paperPlaces: number
  errors: Finding[]
  warnings: Finding[]
  missingEvidence: Finding[]
}

export function sectionProgress(answers: Answers, findings: readonly Finding[], scope: readonly SectionId[]): SectionProgress[] {
  return FORM.sections
    .filter((s) => scope.includes(s.id))
    .map((s) => {
      const items = s.items.filter(isAnswerable)
      const isAnswered = (id: string) => answers[id]?.value !== undefined
      const answered = items.filter((i) => isAnswered(i.id)).length
      const required = items.filter((i) => i.required)
      const own = findings.filter((f) => sectionOf(f.itemIds[0])?.id === s.id)
      return {
        id: s.id,
        title: s.title,
        answered,
        total: items.length,
        percent: items.length === 0 ? 100 : Math.round((answered / items.length) * 100),
        requiredAnswered: required.filter((i) => isAnswered(i.id)).length,
        required: required.length,
        paperPlaces: paperPlaces(s.items).length,
        errors: own.filter((f) => f.severity === 'error' && f.code !== 'EVIDENCE_MISSING' && f.code !== 'REQUIRED_MISSING'),
        warnings: own.filter((f) => f.severity === 'warning' && !f.explained),
        missingEvidence: own.filter((f) => f.code === 'EVIDENCE_MISSING')
      }
    })
}

/** Every section of the form, in order (home and the overview show all of them). */
export const ALL_SECTIONS: SectionId[] = FORM.sections.map((s) => s.id)
