/**
 * What a picked file is, by its first bytes rather than its name or the MIME type the picker claims (a text file
 * renamed .jpg is still text). Signatures: JPEG SOI FF D8 FF (ITU-T T.81 §B.1.1.2 and JFIF/Exif markers), PNG
 * (https://www.w3.org/TR/png/#5PNG-file-signature), GIF87a/89a, WebP (RIFF…WEBP,
 * https://developers.google.com/speed/webp/docs/riff_container), BMP "BM", HEIF/HEIC (ISO/IEC 23008-12 `ftyp`
 * brands: iPhone photos).
 */
import type { ErrorCode } from '../errors'
import { SOURCE_MAX_BYTES } from './photo'

export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic'

/** Bytes needed from the start of a file to tell its kind. */
export const SNIFF_BYTES = 16

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif']

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode.apply(null, Array.prototype.slice.call(b, from, to) as number[])

export function imageKind(head: Uint8Array): ImageKind | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg'
  if (head.length >= 8 && head[0] === 0x89 && ascii(head, 1, 4) === 'PNG' && head[4] === 0x0d && head[5] === 0x0a && head[6] === 0x1a && head[7] === 0x0a) return 'png'
  if (head.length >= 6 && (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')) return 'gif'
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp'
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp' && HEIF_BRANDS.indexOf(ascii(head, 8, 12)) >= 0) return 'heic'
  if (head.length >= 14 && head[0] === 0x42 && head[1] === 0x4d) return 'bmp'
  return null
}

/** Refuses a picked file before it is decoded: empty, over SOURCE_MAX_BYTES, or not an image by content. */
export function checkSource(size: number, head: Uint8Array): ErrorCode | null {
  if (size === 0) return 'PHOTO_EMPTY'
  if (size > SOURCE_MAX_BYTES) return 'PHOTO_TOO_LARGE'
  return imageKind(head) === null ? 'PHOTO_NOT_IMAGE' : null
}

/** The JPEG APP1 segments of `jpeg` that carry Exif (and with it GPS), by marker walk (ITU-T T.81 §B.1.1.4). */
export function exifSegments(jpeg: Uint8Array): number {
  let found = 0
  let at = 2
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]
    if (marker === 0xda || marker === 0xd9) break // start of scan / end of image: no more header segments
    const length = (jpeg[at + 2] << 8) | jpeg[at + 3]
    if (marker === 0xe1 && ascii(jpeg, at + 4, at + 8) === 'Exif') found++
    at += 2 + length
  }
  return found
}
