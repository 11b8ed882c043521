/**
 * What the export draws, before any Word types: blocks of paragraphs and tables on a fixed grid. The printed
 * tables share one grid — a label column and nine narrow columns, three under each year — so year columns,
 * the standards matrix (类别 | 主持数量 | 参与数量 under each year) and full-width values line up as on paper.
 */
import type { Answers } from '../rules'

/** One printed cell: its paragraphs, how many grid columns it spans, how many rows it spans downward. */
export interface Cell {
  lines: string[]
  span?: number
  rowSpan?: number
  /** A printed heading cell (年度, 类别…): bold. */
  head?: boolean
}

export type Row = Cell[]

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string; align?: 'center' | 'right' }
  | { kind: 'table'; grid: readonly number[]; rows: Row[]; borders: boolean }
  | { kind: 'image'; photo: ExportPhoto; caption: string }
  | { kind: 'pageBreak' }

/** The main grid: label column + 3 years × 3 sub-columns, in twentieths of a point (A4 text width ≈ 9000). */
export const SUB_COLUMNS = 9
export const MAIN_GRID: readonly number[] = [2520, ...Array.from({ length: SUB_COLUMNS }, () => 720)]

/**
 * A photographed piece of evidence for the annex. Evidence capture does not exist yet: answers already carry
 * evidence references (strings), and a caller that has the photos passes them here keyed by that reference.
 */
export interface ExportPhoto {
  ref: string
  type: 'jpg' | 'png'
  data: Uint8Array
  /** Pixel size, to keep the aspect ratio on the page. */
  width: number
  height: number
}

export interface ExportInput {
  answers: Answers
  /** The application's version (printed in the footer with the content hash). */
  version: number
  /** Errors and unexplained warnings still open: a copy exported before they are fixed says so on page 1. */
  openIssues?: number
  photos?: readonly ExportPhoto[]
}
