import * as fs from 'fs'
import * as path from 'path'

/**
 * The Word export runs in the cloud only: the `docx` package (about 1 MB) must never reach the mini-program
 * package; the router function bundles it but initialises it only when a file is exported (npm test builds both first).
 */
const root = path.join(__dirname, '..', '..')
const weapp = path.join(root, 'dist', 'weapp')
const api = path.join(root, 'dist', 'cloud', 'api')

/** Strings only the docx package's own code carries (its OOXML namespaces and element writers). */
const DOCX_MARKERS = ['schemas.openxmlformats.org/wordprocessingml', 'w:gridSpan', 'w:tblPr']

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : []
  })
}

test('no file of the weapp build contains the docx package', () => {
  if (!fs.existsSync(path.join(weapp, 'app.json'))) throw new Error('dist/weapp missing: run npm run build:weapp')
  const files = jsFiles(weapp)
  expect(files.length).toBeGreaterThan(0)
  const carrying = files.filter((f) => {
    const text = fs.readFileSync(f, 'utf8')
    return DOCX_MARKERS.some((m) => text.includes(m))
  })
  expect(carrying).toEqual([])
})

test('the router function carries the export itself: self-contained, docx initialised only when a file is exported', () => {
  if (!fs.existsSync(path.join(api, 'index.js'))) throw new Error('dist/cloud missing: run npm run build:cloud')
  const code = fs.readFileSync(path.join(api, 'index.js'), 'utf8')
  expect(code).not.toContain('require("docx")')
  expect(DOCX_MARKERS.every((m) => code.includes(m))).toBe(true)
  // esbuild wraps a dynamically imported module in a lazy initialiser (__esm): other calls never run docx's code.
  expect(code).toMatch(/Promise\.resolve\(\)\.then\(\(\) => \(init_export\(\), export_exports\)\)/)
})
