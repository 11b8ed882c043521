/**
 * The WeChat binding of the OCR port: the platform's printed-text OCR through a cloud call,
 * `cloud.openapi.ocr.printedText` (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/img-ocr/ocr/printedTextOCR.html):
 * images under 2 MB (our photos are at most 500 KB), 100 calls a day for a verified mini-program unless more are
 * bought, the result as `items: [{text, pos}]`. A cloud call passes a file as `{contentType, value: Buffer}` and
 * needs `ocr.printedText` in the function's `config.json` permissions
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html). Any error code or thrown
 * error (quota used up, permission not yet effective, an unverified account) is `available: false`: reading a
 * certificate is a convenience and the flow stays manual.
 */
import type { OcrPort, OcrResult } from './ocr'

interface PrintedTextReply {
  errCode?: number
  errcode?: number
  errMsg?: string
  errmsg?: string
  items?: Array<{ text?: string }>
}

/** The part of `cloud.openapi` this binding calls. */
export interface WxOcrApi {
  openapi: { ocr: { printedText(options: { img: { contentType: string; value: Buffer } }): Promise<PrintedTextReply> } }
}

const contentType = (bytes: Uint8Array) => (bytes[0] === 0x89 ? 'image/png' : 'image/jpeg')

export function createWxOcr(cloud: WxOcrApi): OcrPort {
  return {
    async read(bytes: Uint8Array): Promise<OcrResult> {
      let reply: PrintedTextReply
      try {
        reply = await cloud.openapi.ocr.printedText({ img: { contentType: contentType(bytes), value: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } })
      } catch (err) {
        const e = err as { errCode?: number; errMsg?: string; message?: string }
        return { available: false, reason: `ocr.printedText failed: ${e.errCode ?? ''} ${e.errMsg ?? e.message ?? String(err)}`.trim() }
      }
      const code = reply.errCode ?? reply.errcode ?? 0
      if (code !== 0) return { available: false, reason: `ocr.printedText error ${code}: ${reply.errMsg ?? reply.errmsg ?? ''}` }
      // One item per detected line, top to bottom as the service returns them.
      return { available: true, text: (reply.items ?? []).map((i) => i.text ?? '').join('\n') }
    }
  }
}
