/**
 * list_import_1000_rows_ms for `npm run bench`: one 替换 import of a 1,000-row patent .xlsx through the
 * confirmListImport handler — read the workbook (exceljs), check every row with the rule module, store the
 * list in the local cloud's SQLite file. Median of several runs, in ms.
 */
import ExcelJS from 'exceljs'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { randomBytes } from 'crypto'
import { runFunction, type HandlerContext } from '../../src/cloud/core'
import { openDb } from '../../src/cloud/local/db'
import { createSqliteStore } from '../../src/cloud/local/sqliteStore'
import { createMemoryFiles } from '../stand-ins/memoryFiles'
import { PATENT_HEADER, patentRows } from '../fixtures/patentRows'

export async function benchListImport(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'list-bench-'))
  const db = openDb(dir)
  const files = createMemoryFiles()
  const ctx: HandlerContext = {
    caller: { openid: 'o_bench', displayName: null },
    clock: { now: () => new Date('2024-04-01T02:00:00Z') },
    store: createSqliteStore(db),
    random: (bytes) => randomBytes(bytes).toString('hex'),
    files
  }
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('专利')
  ws.addRow([...PATENT_HEADER])
  for (const r of patentRows(1000)) ws.addRow(r)
  const bytes = Buffer.from(await wb.xlsx.writeBuffer())
  const app = await runFunction('createApplication', { displayName: '测试负责人' }, ctx)
  if (!app.ok) throw new Error('bench: no application')
  const appId = (app.data as { id: string }).id
  const target = await runFunction('listImportTarget', { appId, itemId: 's3.patentList', ext: 'xlsx' }, ctx)
  if (!target.ok) throw new Error('bench: no upload path')
  const fileID = files.put((target.data as { cloudPath: string }).cloudPath, bytes)

  const samples: number[] = []
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint()
    const r = await runFunction('confirmListImport', { appId, itemId: 's3.patentList', source: { fileID, name: 'p.xlsx' }, mode: 'replace', baseVersion: i, opId: `bench-import-${i}` }, ctx)
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (!r.ok || (r.data as { count: number }).count !== 1000) throw new Error(`bench: import failed ${JSON.stringify(r)}`)
    if (i > 0) samples.push(ms) // the first run loads exceljs
  }
  db.close()
  fs.rmSync(dir, { recursive: true, force: true })
  samples.sort((a, b) => a - b)
  return { list_import_1000_rows_ms: Math.round(samples[Math.floor(samples.length / 2)]) }
}
