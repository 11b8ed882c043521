/**
 * The 佐证材料 page's reading of the answers: every claim that needs proof, by section, with counts, and which
 * the member may add photos to (the sections they fill: src/rules/progress.ts scopeFor). Pure.
 */
import { FORM, sectionOf, type SectionId } from '../form'
import { allClaims, scopeFor, type Answers, type Claim } from '../rules'

export interface EvidenceSection {
  id: SectionId
  title: string
  claims: Claim[]
  missing: number
  editable: boolean
}

export interface EvidenceOverview {
  sections: EvidenceSection[]
  total: number
  missing: number
}

export function evidenceOverview(answers: Answers, role: string, assigned: readonly string[]): EvidenceOverview {
  const mine = new Set<string>(scopeFor(role, assigned))
  const claims = allClaims(answers)
  const sections = FORM.sections.flatMap((s): EvidenceSection[] => {
    const here = claims.filter((c) => sectionOf(c.itemId)?.id === s.id)
    return here.length === 0 ? [] : [{ id: s.id, title: s.title, claims: here, missing: here.filter((c) => c.refs.length === 0).length, editable: mine.has(s.id) }]
  })
  return { sections, total: claims.length, missing: claims.filter((c) => c.refs.length === 0).length }
}

export const overviewSummary = (o: EvidenceOverview) =>
  o.total === 0 ? '目前的答案中还没有需要佐证材料的内容。' : o.missing === 0 ? `需要佐证材料的 ${o.total} 项都已有照片。` : `需要佐证材料 ${o.total} 项，已有照片 ${o.total - o.missing} 项，还缺 ${o.missing} 项。`
export const queueSummary = (waiting: number) => `${waiting} 张照片还在手机上等待上传，有网络时会自动上传。`
