/** The whole 申报表 as blocks, in printed order: cover, 填报说明, sections 一–九, then 佐证材料清单 and the photo annex. */
import { FORM, LABEL_COLON, getSection, type Item, type PlanItem } from '../form'
import type { Answers } from '../rules'
import { evidenceClaims, printedRef } from './evidence'
import { MAIN_GRID, type Block, type ExportInput, type Row } from './model'
import { declarationRows, listBlocks, planBlocks, sectionTable } from './sections'
import { valueLines } from './values'

export const EVIDENCE_LIST_TITLE = '佐证材料清单'
export const EVIDENCE_ANNEX_TITLE = '佐证材料附件'
export const EVIDENCE_LIST_HEAD = ['序号', '栏目', '证明事项', '材料编号'] as const
export const draftNotice = (open: number) => `（本稿尚有${open}处需修改或说明，非最终申报版本）`

/** The cover's cells as “label：value” lines; rows sharing a printed group (联系人及联系电话) share one line. */
function coverRows(answers: Answers): Row[] {
  const cover = getSection('cover')
  const rows: Row[] = []
  const value = (item: Item) => valueLines(item, answers[item.mirrorOf ?? item.id]).join(' ')
  for (let i = 0; i < cover.items.length; i++) {
    const item = cover.items[i]
    let end = i + 1
    while (item.group !== undefined && end < cover.items.length && cover.items[end].group === item.group) end++
    const members = cover.items.slice(i, end)
    rows.push([{ lines: [`${item.group ?? item.label}${LABEL_COLON}`] }, { lines: [members.map(value).join(' ')] }])
    i = end - 1
  }
  return rows
}

export function documentBlocks(input: ExportInput): Block[] {
  const { answers } = input
  const blocks: Block[] = [{ kind: 'para', text: FORM.attachmentMark }]
  if (input.openIssues !== undefined && input.openIssues > 0) blocks.push({ kind: 'para', text: draftNotice(input.openIssues), align: 'center' })
  blocks.push({ kind: 'title', text: FORM.title })
  blocks.push({ kind: 'table', borders: false, grid: [3600, 5400], rows: coverRows(answers) })
  blocks.push({ kind: 'para', text: FORM.issuer, align: 'center' }, { kind: 'pageBreak' })
  blocks.push({ kind: 'heading', text: FORM.instructionsTitle }, ...FORM.instructions.map((i): Block => ({ kind: 'para', text: i.text })))
  for (const section of FORM.sections) {
    if (section.id === 'cover') continue
    blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: section.title })
    const plan = section.items.find((i): i is PlanItem => i.kind === 'plan')
    if (plan) {
      blocks.push(...planBlocks(plan, answers[plan.id]))
    } else if (section.items.some((i) => i.kind === 'statement')) {
      blocks.push({ kind: 'table', borders: true, grid: [9000], rows: declarationRows(section, answers) })
    } else {
      blocks.push({ kind: 'table', borders: true, grid: MAIN_GRID, rows: sectionTable(section, answers) })
      blocks.push(...listBlocks(section, answers))
    }
  }
  blocks.push(...evidenceBlocks(input))
  return blocks
}

function evidenceBlocks(input: ExportInput): Block[] {
  const claims = evidenceClaims(input.answers)
  const photos = new Map((input.photos ?? []).map((p) => [p.ref, p]))
  const out: Block[] = [{ kind: 'pageBreak' }, { kind: 'heading', text: EVIDENCE_LIST_TITLE }]
  if (claims.length === 0) return [...out, { kind: 'para', text: '无' }]
  out.push({
    kind: 'table',
    borders: true,
    grid: [700, 3000, 3700, 1600],
    rows: [
      EVIDENCE_LIST_HEAD.map((h) => ({ lines: [h], head: true })),
      ...claims.map((c, i) => [{ lines: [String(i + 1)] }, { lines: [c.label] }, { lines: [c.claim] }, { lines: [printedRef(c.ref)] }])
    ]
  })
  const withPhoto = claims.map((c, i) => ({ c, n: i + 1, photo: photos.get(c.ref) })).filter((x) => x.photo !== undefined)
  if (withPhoto.length > 0) {
    out.push({ kind: 'pageBreak' }, { kind: 'heading', text: EVIDENCE_ANNEX_TITLE })
    for (const { c, n, photo } of withPhoto) {
      if (photo) out.push({ kind: 'image', photo, caption: `${n}. ${c.label}${c.claim ? `：${c.claim}` : ''}（${printedRef(c.ref)}）` })
    }
  }
  return out
}
