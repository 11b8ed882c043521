/**
 * Is an uploaded evidence photo really a JPEG that decodes? By content, not by name: the JPEG signature
 * (FF D8 FF) and a full decode with jpeg-js, bounded in pixels and memory so a crafted header cannot exhaust
 * the function. The app only uploads JPEGs it compressed itself (src/evidence/photo.ts).
 */
import * as jpeg from 'jpeg-js'
import { PHOTO_LONG_EDGE } from '../../evidence/photo'

/** Bytes of one stored evidence photo: twice the app's compression budget. */
export const EVIDENCE_MAX_BYTES = 1024 * 1024

export type ImageCheck = { ok: true; width: number; height: number } | { ok: false; code: 'EVIDENCE_EMPTY' | 'EVIDENCE_TOO_LARGE' | 'EVIDENCE_NOT_IMAGE' }

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff

export function checkEvidenceImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, code: 'EVIDENCE_EMPTY' }
  if (bytes.length > EVIDENCE_MAX_BYTES) return { ok: false, code: 'EVIDENCE_TOO_LARGE' }
  if (!isJpeg(bytes)) return { ok: false, code: 'EVIDENCE_NOT_IMAGE' }
  try {
    // A photo larger than the app makes (2000 px long edge) is refused: 2000 × 2000 = 4 MP.
    const image = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: (PHOTO_LONG_EDGE * PHOTO_LONG_EDGE) / 1e6, maxMemoryUsageInMB: 64 })
    if (image.width < 1 || image.height < 1) return { ok: false, code: 'EVIDENCE_NOT_IMAGE' }
    return { ok: true, width: image.width, height: image.height }
  } catch {
    return { ok: false, code: 'EVIDENCE_NOT_IMAGE' }
  }
}
