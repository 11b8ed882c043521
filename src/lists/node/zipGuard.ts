/**
 * An .xlsx is a ZIP archive; a small file can unpack to gigabytes. Before exceljs unpacks anything, the sizes
 * the archive declares in its central directory (PKWARE APPNOTE.TXT §4.3.12, §4.3.16) are added up.
 */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

/** The declared unpacked size of all entries, or null when the directory cannot be read (then exceljs decides). */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) return null
    const size = view.getUint32(at + 24, true)
    // 0xFFFFFFFF means the real size is in a ZIP64 record: far beyond any list.
    if (size === 0xffffffff) return Number.MAX_SAFE_INTEGER
    total += size
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return total
}
