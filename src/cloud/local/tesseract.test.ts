import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { createTesseractOcr } from './tesseract'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tesseract-stand-in-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A stand-in executable (a shell script) in place of tesseract. */
function script(name: string, body: string): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 })
  return file
}

test('runs the command with stdin → stdout and chi_sim+eng and returns what it prints', async () => {
  const echo = script('echo-args', 'echo "$@"; cat >/dev/null')
  expect(await createTesseractOcr({ command: echo }).read(new Uint8Array([1, 2, 3]))).toEqual({ available: true, text: 'stdin stdout -l chi_sim+eng --psm 3\n' })
})

test('the image bytes reach the command on stdin', async () => {
  const count = script('count', 'wc -c | tr -d " "')
  expect(await createTesseractOcr({ command: count }).read(new Uint8Array(70_000))).toEqual({ available: true, text: '70000\n' })
})

test('a missing binary, missing language data, a crash and a timeout are all "unavailable"', async () => {
  expect(await createTesseractOcr({ command: path.join(dir, 'no-such-tesseract') }).read(new Uint8Array(1))).toEqual({
    available: false,
    reason: `${path.join(dir, 'no-such-tesseract')} is not installed`
  })
  const noLang = script('no-lang', 'echo "Error opening data file /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata" >&2; echo "Failed loading language \'chi_sim\'" >&2; exit 1')
  expect(await createTesseractOcr({ command: noLang }).read(new Uint8Array(1))).toEqual({ available: false, reason: 'tesseract language data chi_sim+eng is missing' })
  const crash = script('crash', 'echo "Segmentation fault" >&2; exit 139')
  expect(await createTesseractOcr({ command: crash }).read(new Uint8Array(1))).toEqual({ available: false, reason: 'tesseract exited with 139: Segmentation fault' })
  const slow = script('slow', 'exec sleep 5')
  expect(await createTesseractOcr({ command: slow, timeoutMs: 200 }).read(new Uint8Array(1))).toEqual({ available: false, reason: 'tesseract took longer than 200 ms' })
})
