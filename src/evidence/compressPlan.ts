/**
 * How a photo is brought under the budget (./photo.ts): neither the browser's canvas nor WeChat's
 * `compressImage` can aim at a size (shared/wechat.md, “Media, files and messages”), so the photo is encoded,
 * measured and encoded again: first scaled so its long edge is at most PHOTO_LONG_EDGE, then the JPEG quality
 * stepped down, then the size stepped down at the lowest quality, until the bytes fit. The encoder is injected:
 * a canvas in the browser, compressImage or an offscreen canvas in WeChat, a formula in tests.
 */
import { PHOTO_LONG_EDGE, PHOTO_MAX_BYTES } from './photo'

/** JPEG qualities tried in turn at the first size; stamped text stays legible down to the last one. */
export const QUALITY_STEPS: readonly number[] = [0.85, 0.75, 0.65, 0.55, 0.5]
/** Each further size is this fraction of the one before, at the lowest quality. */
export const SIZE_STEP = 0.8
/** Below this long edge a certificate's small print is lost: give up rather than send an unreadable photo. */
export const MIN_LONG_EDGE = 800

export interface Size {
  width: number
  height: number
}

export interface Budget {
  longEdge: number
  maxBytes: number
}

export const PHOTO_BUDGET: Budget = { longEdge: PHOTO_LONG_EDGE, maxBytes: PHOTO_MAX_BYTES }

/** Encodes the (already orientation-corrected) source at this size and JPEG quality (0–1). */
export type Encoder<T> = (width: number, height: number, quality: number) => Promise<T>

export interface Attempt extends Size {
  quality: number
  bytes: number
}

export type Compressed<T> =
  | { ok: true; output: T; width: number; height: number; quality: number; bytes: number; attempts: Attempt[] }
  | { ok: false; attempts: Attempt[] }

/** The size whose long edge is at most `longEdge`, keeping the aspect ratio; never enlarges. */
export function fitLongEdge(source: Size, longEdge: number): Size {
  const long = Math.max(source.width, source.height)
  if (long <= longEdge) return { width: source.width, height: source.height }
  const scale = longEdge / long
  return { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) }
}

/**
 * Encodes `source` until it fits the budget, and returns the first output that does with the attempts made
 * (for tests and the bench); `{ok: false}` when even MIN_LONG_EDGE at the lowest quality is too large.
 */
export async function compressToBudget<T>(source: Size, encode: Encoder<T>, bytesOf: (output: T) => number, budget: Budget = PHOTO_BUDGET): Promise<Compressed<T>> {
  if (!(source.width > 0 && source.height > 0)) return { ok: false, attempts: [] }
  const attempts: Attempt[] = []
  const tryAt = async (size: Size, quality: number) => {
    const output = await encode(size.width, size.height, quality)
    const bytes = bytesOf(output)
    attempts.push({ width: size.width, height: size.height, quality, bytes })
    return bytes <= budget.maxBytes ? { ok: true as const, output, width: size.width, height: size.height, quality, bytes, attempts } : null
  }
  let size = fitLongEdge(source, budget.longEdge)
  for (const quality of QUALITY_STEPS) {
    const done = await tryAt(size, quality)
    if (done) return done
  }
  const lowest = QUALITY_STEPS[QUALITY_STEPS.length - 1]
  const floor = Math.min(MIN_LONG_EDGE, Math.max(source.width, source.height))
  for (;;) {
    const long = Math.max(size.width, size.height)
    if (long <= floor) return { ok: false, attempts }
    size = fitLongEdge(size, Math.max(floor, Math.floor(long * SIZE_STEP)))
    const done = await tryAt(size, lowest)
    if (done) return done
  }
}
