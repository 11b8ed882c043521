/**
 * What a parser hands to the preview: rows as the file numbers them, cells as text, and problems the parser
 * found in a cell (merged, formula, error value) or in the whole file.
 */
import type { ImportProblem } from './messages'

export interface RawRow {
  /** 1-based row number in the file. */
  row: number
  /** Cell texts, index 0 = column A; undefined for an empty cell. */
  cells: (string | undefined)[]
  /** Problems the parser found in this row's cells; the row is then not importable. */
  problems?: ImportProblem[]
}

export type RawTable = { ok: true; rows: RawRow[] } | { ok: false; problems: ImportProblem[] }
