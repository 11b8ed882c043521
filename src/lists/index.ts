/**
 * Importing an itemised list from a spreadsheet or pasted rows: the pure part (columns, CSV/TSV text, the
 * preview through the rule module, messages). Reading .xlsx and decoding bytes needs Node (exceljs,
 * iconv-lite) and lives in ./node, used only by the cloud handlers, never by the mini-program.
 */
export { listItems, listItem, columnsOf, expectedHeader, exampleRow, headerKey } from './columns'
export { parseDelimited, detectDelimiter } from './delimited'
export { buildPreview, importedValue, MAX_LIST_ENTRIES, SUMMARY_PROBLEMS, type ImportPreview, type ImportMode, type ListEntryValue, type PreviewOptions } from './preview'
export { importMessage, columnName, MAX_FILE_BYTES, MAX_ROWS, type ImportCode, type ImportProblem } from './messages'
export type { RawRow, RawTable } from './table'
export { IMPORT_ACTIONS, NOTHING_TO_APPEND, PASTE_HINT, alreadyListedText, busyText, replaceLabel, appendLabel, partlyStoredText, savingText, storedText, morePreviewProblems } from './uiText'
