/**
 * The OCR port: the printed text of a photographed certificate, so the app can propose its number, name and
 * date (src/evidence/certificateText.ts) for the user to confirm. Reading is a convenience, never required:
 * a binding that cannot read (no engine, no language data, quota used up, a timeout) says `available: false`
 * and the flow stays manual. Bindings: ./wxOcr.ts (WeChat's printed-text OCR) and src/cloud/local/tesseract.ts.
 */
export type OcrResult = { available: false; reason: string } | { available: true; text: string }

export interface OcrPort {
  /** The text of an image (JPEG or PNG bytes), lines separated by \n. */
  read(bytes: Uint8Array): Promise<OcrResult>
}

/** For a context without a binding. */
export const noOcr: OcrPort = { read: async () => ({ available: false, reason: 'no OCR binding' }) }
