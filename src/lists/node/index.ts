/** The Node half of list import: reading files (exceljs, iconv-lite) and writing templates and exports. */
export { readSpreadsheet, sniff, type FileKind } from './read'
export { decodeText, type Encoding } from './decode'
export { templateXlsx, exportXlsx, XLSX_MIME } from './workbook'
