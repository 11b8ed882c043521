import { checkSource, exifSegments, imageKind } from './imageKind'
import { ERROR_MESSAGES } from '../errors'
import { SOURCE_MAX_BYTES } from './photo'

const bytes = (...parts: Array<number[] | string>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)))

describe('imageKind tells images by their first bytes', () => {
  test.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['gif', bytes('GIF89a', [1, 0])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['heic', bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0])],
    ['bmp', bytes('BM', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])]
  ])('%s', (kind, head) => expect(imageKind(head)).toBe(kind))

  test('text named .jpg, a PDF, an MP4 and a truncated JPEG header are not images', () => {
    expect(imageKind(bytes('hello, this is text'))).toBeNull()
    expect(imageKind(bytes('%PDF-1.7\n'))).toBeNull()
    expect(imageKind(bytes([0, 0, 0, 24], 'ftypmp42', [0, 0, 0, 0]))).toBeNull()
    expect(imageKind(bytes([0xff, 0xd8]))).toBeNull()
    expect(imageKind(new Uint8Array(0))).toBeNull()
  })
})

describe('checkSource', () => {
  const jpegHead = bytes([0xff, 0xd8, 0xff, 0xe1])
  test('refuses an empty file, one over 10 MB and one that is not an image, with their Chinese messages', () => {
    expect(checkSource(0, new Uint8Array(0))).toBe('PHOTO_EMPTY')
    expect(checkSource(SOURCE_MAX_BYTES + 1, jpegHead)).toBe('PHOTO_TOO_LARGE')
    expect(checkSource(30 * 1024 * 1024, jpegHead)).toBe('PHOTO_TOO_LARGE')
    expect(checkSource(120, bytes('hello, this is text'))).toBe('PHOTO_NOT_IMAGE')
    expect(ERROR_MESSAGES.PHOTO_EMPTY).toBe('所选文件是空的（0 字节），请重新拍照或选择照片。')
    expect(ERROR_MESSAGES.PHOTO_TOO_LARGE).toBe('照片超过 10 MB，无法使用，请重新拍照或选择较小的照片。')
    expect(ERROR_MESSAGES.PHOTO_NOT_IMAGE).toBe('所选文件不是图片，请拍照或选择 JPG、PNG 格式的照片。')
  })

  test('accepts a JPEG of exactly 10 MB', () => {
    expect(checkSource(SOURCE_MAX_BYTES, jpegHead)).toBeNull()
  })
})

describe('exifSegments', () => {
  const seg = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body]
  const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0))
  test('counts Exif APP1 segments before the scan and ignores JFIF, XMP and scan data', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8,
      ...seg(0xe0, ascii('JFIF\0')),
      ...seg(0xe1, [...ascii('Exif\0\0'), 0x4d, 0x4d]),
      ...seg(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0')),
      ...seg(0xda, [0, 0]),
      ...ascii('Exif'), 0xff, 0xd9
    ])
    expect(exifSegments(jpeg)).toBe(1)
    expect(exifSegments(new Uint8Array([0xff, 0xd8, ...seg(0xe0, ascii('JFIF\0')), 0xff, 0xd9]))).toBe(0)
  })
})
