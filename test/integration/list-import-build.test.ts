import * as fs from 'fs'
import * as path from 'path'

/** Spreadsheets are parsed in the cloud: exceljs and iconv-lite must not reach the phone's bundles. */
const root = path.join(__dirname, '..', '..')

function scripts(dir: string): string {
  if (!fs.existsSync(dir)) throw new Error(`${path.relative(root, dir)} missing: run the builds (npm test builds them)`)
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n')
}

// Strings that only the spreadsheet packages contain: exceljs's workbook writer, iconv-lite's codec table.
const PARSER_MARKERS = ['xl/workbook.xml', 'sharedStrings.xml', 'gb18030']

describe('list import in the builds', () => {
  it('puts the WeChat file picker, not exceljs, into the weapp', () => {
    const js = scripts(path.join(root, 'dist', 'weapp'))
    expect(js).toContain('chooseMessageFile')
    for (const marker of PARSER_MARKERS) expect(js).not.toContain(marker)
  })

  it('puts the file input and upload route, not exceljs, into the H5 build', () => {
    const js = scripts(path.join(root, 'dist', 'h5'))
    expect(js).toContain('/api/files?cloudPath=')
    for (const marker of PARSER_MARKERS) expect(js).not.toContain(marker)
  })
})
