/**
 * Import problems as typed data (a code, the file row and column where there is one, parameters) and the one
 * table of their Chinese wording. Row findings from the rule module keep the rule's own message
 * (rules/messages.ts) and are prefixed with the row and column here.
 */
export type ImportCode =
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'NOT_A_SPREADSHEET'
  | 'OLD_XLS'
  | 'XLSX_DAMAGED'
  | 'XLSX_UNPACKED_TOO_LARGE'
  | 'NO_SHEET'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_ENTRIES'
  | 'NO_HEADER'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_COLUMN'
  | 'MERGED_CELLS'
  | 'FORMULA_CELL'
  | 'ERROR_CELL'
  | 'NO_ROWS'
  | 'ENCODING_UNKNOWN'
  | 'ROW_RULE'
  | 'DUPLICATE_OF_EXISTING'

export type ImportParams = Readonly<Record<string, string | number>>

export interface ImportProblem {
  code: ImportCode
  /** 1-based row of the file (or pasted text), when the problem is in one row. */
  row?: number
  /** The column as the spreadsheet names it (A, B, …) and the printed column label, when known. */
  column?: string
  field?: string
  params: ImportParams
  message: string
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_ROWS = 5000

const p = (params: ImportParams, key: string) => String(params[key] ?? '')
const MB = MAX_FILE_BYTES / 1024 / 1024

export function importMessage(code: ImportCode, params: ImportParams): string {
  switch (code) {
    case 'FILE_EMPTY':
      return '文件是空的，请选择填好的表格文件。'
    case 'FILE_TOO_LARGE':
      return `文件大小为 ${p(params, 'mb')} MB，超过 ${MB} MB 的上限，请删除多余的工作表或图片后重试。`
    case 'NOT_A_SPREADSHEET':
      return `“${p(params, 'name')}”不是表格文件，请选择 .xlsx 或 .csv 文件（可用 Excel 或 WPS 另存为）。`
    case 'OLD_XLS':
      return '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 格式后再导入。'
    case 'XLSX_DAMAGED':
      return '表格文件已损坏或不完整，无法读取，请重新保存后再导入。'
    case 'XLSX_UNPACKED_TOO_LARGE':
      return `表格解压后超过 ${p(params, 'mb')} MB（可能含大量图片、格式或空白行），请只保留清单所在的工作表，另存后再导入。`
    case 'NO_SHEET':
      return '表格中没有工作表，请使用“下载模板”得到的表格填写。'
    case 'TOO_MANY_ROWS':
      return `表格有 ${p(params, 'rows')} 行，超过一次导入 ${MAX_ROWS} 行的上限，请分成几个文件导入。`
    case 'TOO_MANY_ENTRIES':
      return `“${p(params, 'label')}”最多保存 ${p(params, 'max')} 条，导入后将有 ${p(params, 'count')} 条，请删减后再导入。`
    case 'NO_HEADER':
      return `没有找到表头。第一行应为：${p(params, 'expected')}。`
    case 'UNKNOWN_COLUMN':
      return `第 ${p(params, 'row')} 行第 ${p(params, 'column')} 列的表头“${p(params, 'header')}”不是“${p(params, 'label')}”的列，应为：${p(params, 'expected')}。`
    case 'DUPLICATE_COLUMN':
      return `第 ${p(params, 'row')} 行第 ${p(params, 'column')} 列的表头“${p(params, 'header')}”重复出现，请删除多余的一列。`
    case 'MISSING_COLUMN':
      return `表头缺少“${p(params, 'field')}”列，应为：${p(params, 'expected')}。`
    case 'MERGED_CELLS':
      return `第 ${p(params, 'row')} 行第 ${p(params, 'column')} 列是合并单元格（${p(params, 'range')}），请取消合并，每行每格各填一个值。`
    case 'FORMULA_CELL':
      return `第 ${p(params, 'row')} 行第 ${p(params, 'column')} 列是公式，请复制后“选择性粘贴 → 数值”，再导入。`
    case 'ERROR_CELL':
      return `第 ${p(params, 'row')} 行第 ${p(params, 'column')} 列是错误值（${p(params, 'value')}），请改正后再导入。`
    case 'NO_ROWS':
      return '表头下面没有数据行，请逐行填写后再导入。'
    case 'ENCODING_UNKNOWN':
      return '无法识别文件的文字编码，请用 Excel 或 WPS 另存为 .xlsx 后再导入。'
    case 'ROW_RULE':
      return `第 ${p(params, 'row')} 行“${p(params, 'field')}”：${p(params, 'rule')}`
    case 'DUPLICATE_OF_EXISTING':
      return `第 ${p(params, 'row')} 行“${p(params, 'field')}”与现有清单第 ${p(params, 'existing')} 条重复（${p(params, 'value')}），追加时不导入这一行。`
  }
}

export function problem(code: ImportCode, params: ImportParams, at: { row?: number; column?: string; field?: string } = {}): ImportProblem {
  return { code, ...at, params, message: importMessage(code, params) }
}

/** Spreadsheet column name of a 1-based index: 1 → A, 27 → AA. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}
