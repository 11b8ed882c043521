/**
 * The official 申报表 as a Word file: cover, 填报说明, sections 一–九 as the printed tables, the plan with its
 * indicator table, section 九 with blank signature/stamp/date places, 佐证材料清单 and (when photos are given)
 * the evidence annex. Node only (the `docx` package); the weapp never imports this module.
 */
import { FORM } from '../form'
import { documentBlocks } from './document'
import { contentHash } from './hash'
import type { ExportInput } from './model'
import { footerText, renderDocx } from './render'

export type { ExportInput, ExportPhoto, Block, Cell, Row } from './model'
export { documentBlocks, draftNotice, EVIDENCE_ANNEX_TITLE, EVIDENCE_LIST_HEAD, EVIDENCE_LIST_TITLE } from './document'
export { contentHash } from './hash'
export { footerText } from './render'
export { evidenceClaims, type EvidenceClaim } from './evidence'
export { printNumber, printDate, TICKED, UNTICKED, NONE } from './format'

export { exportXlsx, summaryRows, XLSX_HEAD, XLSX_MIME } from './xlsx'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface ExportedFile {
  bytes: Uint8Array
  hash: string
  /** File name for the download: 集群名称 + 申报表 (or 数据汇总) + version. */
  fileName: string
}

const SAFE_NAME = /[\\/:*?"<>|\s]+/g

/**
 * 集群名称_申报表_第3版.docx (the Word form) or 集群名称_数据汇总_第3版.xlsx (one row per item): the cluster's name (or the
 * form's title) without characters file systems refuse, and the application's version.
 */
export function exportFileName(answers: ExportInput['answers'], version: number, ext: 'docx' | 'xlsx'): string {
  const name = typeof answers['s1.clusterName']?.value === 'string' ? (answers['s1.clusterName']?.value as string) : ''
  return `${(name || FORM.title).replace(SAFE_NAME, '')}_${ext === 'docx' ? '申报表' : '数据汇总'}_第${version}版.${ext}`
}

export async function exportDocx(input: ExportInput): Promise<ExportedFile> {
  const hash = contentHash(input.answers)
  const bytes = await renderDocx(documentBlocks(input), footerText(input.version, hash), FORM.title)
  return { bytes, hash, fileName: exportFileName(input.answers, input.version, 'docx') }
}
