/**
 * A file as the user sent it → a RawTable. The kind is decided by the bytes, not the name: a renamed file
 * is recognised (an .xlsx is a ZIP holding xl/workbook.xml; an .xls is an OLE compound file).
 */
import { MAX_FILE_BYTES, problem } from '../messages'
import { parseDelimited } from '../delimited'
import type { RawTable } from '../table'
import { decodeText } from './decode'
import { readXlsx } from './xlsx'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x)

export type FileKind = 'xlsx' | 'xls' | 'zip' | 'text' | 'binary'

export function sniff(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/workbook.xml') ? 'xlsx' : 'zip'
  if (startsWith(bytes, OLE)) return 'xls'
  return decodeText(bytes.subarray(0, 64 * 1024)) === null && bytes.subarray(0, 64 * 1024).includes(0) ? 'binary' : 'text'
}

export async function readSpreadsheet(bytes: Uint8Array, name: string): Promise<RawTable> {
  if (bytes.byteLength === 0) return { ok: false, problems: [problem('FILE_EMPTY', {})] }
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, problems: [problem('FILE_TOO_LARGE', { mb: (bytes.byteLength / 1024 / 1024).toFixed(1) })] }
  const kind = sniff(bytes)
  switch (kind) {
    case 'xlsx':
      return readXlsx(bytes)
    case 'xls':
      return { ok: false, problems: [problem('OLD_XLS', {})] }
    case 'zip':
    case 'binary':
      return { ok: false, problems: [problem('NOT_A_SPREADSHEET', { name })] }
    case 'text': {
      const decoded = decodeText(bytes)
      if (decoded === null) return { ok: false, problems: [problem('ENCODING_UNKNOWN', {})] }
      return parseDelimited(decoded.text)
    }
  }
}
