import { compressToBudget, fitLongEdge, MIN_LONG_EDGE, QUALITY_STEPS, type Encoder } from './compressPlan'
import { PHOTO_LONG_EDGE, PHOTO_MAX_BYTES } from './photo'

/** A JPEG-like encoder: bytes grow with the pixel count and the quality (`perPixel` bytes per pixel at quality 1). */
function formulaEncoder(perPixel: number): { encode: Encoder<{ bytes: number }>; calls: Array<[number, number, number]> } {
  const calls: Array<[number, number, number]> = []
  return {
    calls,
    encode: async (w, h, q) => {
      calls.push([w, h, q])
      return { bytes: Math.round(w * h * perPixel * (0.2 + 0.8 * q)) }
    }
  }
}
const bytesOf = (o: { bytes: number }) => o.bytes

describe('fitLongEdge', () => {
  test('scales a 4000×3000 photo to 2000×1500 and a portrait 3000×4000 to 1500×2000', () => {
    expect(fitLongEdge({ width: 4000, height: 3000 }, PHOTO_LONG_EDGE)).toEqual({ width: 2000, height: 1500 })
    expect(fitLongEdge({ width: 3000, height: 4000 }, PHOTO_LONG_EDGE)).toEqual({ width: 1500, height: 2000 })
  })

  test('never enlarges a small photo and keeps odd aspect ratios at least one pixel wide', () => {
    expect(fitLongEdge({ width: 640, height: 480 }, PHOTO_LONG_EDGE)).toEqual({ width: 640, height: 480 })
    expect(fitLongEdge({ width: 10000, height: 2 }, PHOTO_LONG_EDGE)).toEqual({ width: 2000, height: 1 })
  })
})

describe('compressToBudget', () => {
  test('a photo that fits at the first quality is encoded once, at the long edge and 0.85', async () => {
    const { encode, calls } = formulaEncoder(0.05)
    const r = await compressToBudget({ width: 4000, height: 3000 }, encode, bytesOf)
    expect(calls).toEqual([[2000, 1500, 0.85]])
    expect(r).toMatchObject({ ok: true, width: 2000, height: 1500, quality: 0.85 })
  })

  test('steps the quality down until the bytes fit, without shrinking', async () => {
    // 2000×1500 at 0.22 bytes/pixel: 0.85 → 580 800 and 0.75 → 528 000 bytes are over 500 KB, 0.65 → 475 200 fits.
    const { encode, calls } = formulaEncoder(0.22)
    const r = await compressToBudget({ width: 4000, height: 3000 }, encode, bytesOf)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.bytes).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
    expect(calls.every(([w, h]) => w === 2000 && h === 1500)).toBe(true)
    expect(calls.map((c) => c[2])).toEqual([0.85, 0.75, 0.65])
    expect(r.attempts.slice(0, -1).every((a) => a.bytes > PHOTO_MAX_BYTES)).toBe(true)
  })

  test('after the lowest quality it shrinks the size in steps at that quality until the bytes fit', async () => {
    const { encode, calls } = formulaEncoder(1.2)
    const r = await compressToBudget({ width: 4000, height: 3000 }, encode, bytesOf)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(calls.slice(0, QUALITY_STEPS.length).map((c) => c[2])).toEqual([...QUALITY_STEPS])
    const shrunk = calls.slice(QUALITY_STEPS.length)
    expect(shrunk.length).toBeGreaterThan(0)
    expect(shrunk.every((c) => c[2] === 0.5)).toBe(true)
    for (let i = 1; i < shrunk.length; i++) expect(shrunk[i][0]).toBeLessThan(shrunk[i - 1][0])
    expect(r.width / r.height).toBeCloseTo(4 / 3, 2)
    expect(r.bytes).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
  })

  test('gives up at the smallest legible size instead of sending an unreadable photo', async () => {
    const { encode, calls } = formulaEncoder(100)
    const r = await compressToBudget({ width: 4000, height: 3000 }, encode, bytesOf)
    expect(r.ok).toBe(false)
    const last = calls[calls.length - 1]
    expect(Math.max(last[0], last[1])).toBe(MIN_LONG_EDGE)
    expect(calls.every(([w, h]) => Math.max(w, h) >= MIN_LONG_EDGE)).toBe(true)
  })

  test('a small photo over the budget is not shrunk below its own size floor forever', async () => {
    const { encode, calls } = formulaEncoder(100)
    const r = await compressToBudget({ width: 600, height: 400 }, encode, bytesOf)
    expect(r.ok).toBe(false)
    expect(calls).toHaveLength(QUALITY_STEPS.length)
  })

  test('a source without pixels is refused without encoding', async () => {
    const { encode, calls } = formulaEncoder(0.1)
    expect(await compressToBudget({ width: 0, height: 3000 }, encode, bytesOf)).toEqual({ ok: false, attempts: [] })
    expect(await compressToBudget({ width: NaN, height: 10 }, encode, bytesOf)).toEqual({ ok: false, attempts: [] })
    expect(calls).toEqual([])
  })

  test('an encoder failure propagates to the binding', async () => {
    await expect(compressToBudget({ width: 100, height: 100 }, () => Promise.reject(new Error('canvas lost')), bytesOf)).rejects.toThrow('canvas lost')
  })
})
