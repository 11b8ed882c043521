/**
 * The local binding of the OCR port: Debian's `tesseract` (packages tesseract-ocr and tesseract-ocr-chi-sim,
 * installed by .ci/run) reading the image from stdin and printing text on stdout
 * (https://tesseract-ocr.github.io/tessdoc/Command-Line-Usage.html: `tesseract stdin stdout -l chi_sim+eng`).
 * A missing binary or language, a crash or a timeout is `available: false`, never an error.
 */
import { spawn } from 'child_process'
import type { OcrPort, OcrResult } from '../ports/ocr'

export interface TesseractOptions {
  command?: string
  languages?: string
  /** The process is killed after this long (a 2000 px photo takes about a second on one core). */
  timeoutMs?: number
}

export function createTesseractOcr(options: TesseractOptions = {}): OcrPort {
  const command = options.command ?? 'tesseract'
  const languages = options.languages ?? 'chi_sim+eng'
  const timeoutMs = options.timeoutMs ?? 20_000
  return {
    read(bytes: Uint8Array): Promise<OcrResult> {
      return new Promise((resolve) => {
        // --psm 3: automatic page segmentation, as for a page of print; one thread so two cores stay shared.
        const child = spawn(command, ['stdin', 'stdout', '-l', languages, '--psm', '3'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] })
        const out: Buffer[] = []
        let err = ''
        let settled = false
        const finish = (result: OcrResult) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve(result)
        }
        const timer = setTimeout(() => {
          child.kill('SIGKILL')
          finish({ available: false, reason: `tesseract took longer than ${timeoutMs} ms` })
        }, timeoutMs)
        child.on('error', (e: NodeJS.ErrnoException) => finish({ available: false, reason: e.code === 'ENOENT' ? `${command} is not installed` : e.message }))
        child.stdout.on('data', (d: Buffer) => out.push(d))
        child.stderr.on('data', (d: Buffer) => (err += d.toString()))
        child.on('close', (code) => {
          if (code === 0) finish({ available: true, text: Buffer.concat(out).toString('utf8') })
          else finish({ available: false, reason: /Failed loading language|Error opening data file/.test(err) ? `tesseract language data ${languages} is missing` : `tesseract exited with ${code}: ${err.trim().slice(0, 200)}` })
        })
        child.stdin.on('error', () => undefined) // EPIPE when tesseract exits before reading everything
        child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      })
    }
  }
}
