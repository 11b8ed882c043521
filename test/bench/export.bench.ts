/**
 * Export timing for `npm run bench`: the complete fixture with 20 evidence photos (noise PNGs of a phone
 * photo's compressed size, which no compressor can shrink) to a .docx. Median of runs, in ms; size in KB.
 */
import { deflateSync } from 'zlib'
import { evidenceClaims, exportDocx, type ExportPhoto } from '../../src/export'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A width × height RGB PNG of pseudo-random pixels (PNG specification: IHDR, IDAT, IEND). */
function noisePng(width: number, height: number, seed: number): Buffer {
  let x = seed
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let i = 0; i < raw.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    raw[i] = i % (width * 3 + 1) === 0 ? 0 : x >>> 24
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

export async function benchExport(): Promise<Record<string, number>> {
  const photos: ExportPhoto[] = evidenceClaims(COMPLETE_APPLICATION)
    .slice(0, 20)
    .map((c, i) => ({ ref: c.ref, type: 'png', data: noisePng(320, 240, i + 1), width: 1280, height: 960 }))
  const input = { answers: COMPLETE_APPLICATION, version: 1, photos }
  await exportDocx(input) // warm-up
  const samples: number[] = []
  let bytes = 0
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint()
    bytes = (await exportDocx(input)).bytes.length
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return { export_docx_ms: Math.round(samples[2]), export_docx_kb: Math.round(bytes / 102.4) / 10 }
}
