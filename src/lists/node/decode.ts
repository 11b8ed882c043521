/**
 * Bytes of a text file → text. Excel saves “CSV UTF-8” with a BOM, WPS and older Excel save “CSV” in the
 * system code page, which on Chinese Windows is GBK (code page 936); GB18030 is its superset, so it decodes
 * both. UTF-16 (Excel's “Unicode 文本”) is recognised by its BOM.
 */
import * as iconv from 'iconv-lite'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' }
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' }
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  // A text file has no NUL bytes; an image, PDF or archive renamed to .csv does.
  if (buf.includes(0)) return null
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' }
  } catch {
    const text = iconv.decode(buf, 'gb18030')
    // Bytes GB18030 cannot map come back as U+FFFD: then it is neither UTF-8 nor GBK.
    return text.includes('\ufffd') ? null : { text, encoding: 'gb18030' }
  }
}
