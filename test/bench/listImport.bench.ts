/**
 * List import timings for `npm run bench`, medians of several runs in ms:
 * - list_import_1000_rows_ms: a 1,000-row patent .xlsx parsed, checked and stored — previewListImport (read the
 *   workbook with exceljs, check every row with the rule module), then confirmListImport as the phone calls it
 *   (100 entries per call, each entry its own record: src/rules/listParts.ts) into SQLite (替换).
 * - list_import_preview_1000_rows_ms: the preview alone.
 * - list_import_wx_call_ms_at_20ms: the slowest confirmListImport call of that import on the WeChat store (the
 *   documented stand-in) with 20 ms added to every database call: one call must stay well inside the router's
 *   20 s timeout (src/cloud/functions/api/config.json).
 * - list_pull_fold_5000_ms: a phone folding a pulled 5,000-entry list (every part, newest first) into its answers
 *   and ordering it (src/rules/listParts.ts foldPulled; a new member's first sync).
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
import { createWxStore } from '../../src/cloud/ports/wxStore'
import { createWxDatabaseStandIn } from '../stand-ins/wxDatabase'
import { foldPulled } from '../../src/rules/listParts'
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
    uploads: files
  }
  const app = await runFunction('createApplication', { displayName: '测试负责人' }, ctx)
  if (!app.ok) throw new Error('bench: no application')
  const appId = (app.data as { id: string }).id
  const uploaded = async (rows: number) => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('专利')
    ws.addRow([...PATENT_HEADER])
    for (const r of patentRows(rows)) ws.addRow(r)
    const target = await runFunction('listImportTarget', { appId, itemId: 's3.patentList', ext: 'xlsx' }, ctx)
    if (!target.ok) throw new Error('bench: no upload path')
    return { fileID: files.put((target.data as { cloudPath: string }).cloudPath, Buffer.from(await wb.xlsx.writeBuffer())), name: 'p.xlsx' }
  }
  const median = async (runs: number, once: (i: number) => Promise<void>) => {
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint()
      await once(i)
      if (i > 0) samples.push(Number(process.hrtime.bigint() - t0) / 1e6) // the first run loads exceljs
    }
    samples.sort((a, b) => a - b)
    return Math.round(samples[Math.floor(samples.length / 2)])
  }

  const big = await uploaded(1000)
  const preview = await median(7, async () => {
    const r = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: big }, ctx)
    if (!r.ok || (r.data as { importable: number }).importable !== 1000) throw new Error(`bench: preview failed ${JSON.stringify(r).slice(0, 300)}`)
  })
  const whole = await median(5, async (i) => {
    const p = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: big }, ctx)
    if (!p.ok) throw new Error('bench: preview failed')
    const event = { appId, itemId: 's3.patentList', source: big, mode: 'replace', baseVersion: (p.data as { baseVersion: number }).baseVersion, opId: `bench-import-${i}` }
    for (let from = 0; ; ) {
      const r = await runFunction('confirmListImport', { ...event, ...(from > 0 ? { from } : {}) }, ctx)
      const d = r.ok ? (r.data as { status: string; done?: number; count?: number }) : null
      if (d?.status === 'partial') {
        from = d.done as number
        continue
      }
      if (d?.count !== 1000) throw new Error(`bench: import failed ${JSON.stringify(r).slice(0, 300)}`)
      break
    }
  })
  // The same import on the WeChat store, 20 ms per database call: the slowest of the phone's calls.
  const wxDb = createWxDatabaseStandIn()
  const wxCtx: HandlerContext = { ...ctx, store: createWxStore(wxDb) }
  const wxApp = await runFunction('createApplication', { displayName: '测试负责人' }, wxCtx)
  if (!wxApp.ok) throw new Error('bench: no wx application')
  const wxAppId = (wxApp.data as { id: string }).id
  const target = await runFunction('listImportTarget', { appId: wxAppId, itemId: 's3.patentList', ext: 'xlsx' }, wxCtx)
  if (!target.ok) throw new Error('bench: no upload path')
  const wxSource = { fileID: files.put((target.data as { cloudPath: string }).cloudPath, (await files.read(big.fileID)) as Uint8Array), name: 'p.xlsx' }
  wxDb.latencyMs = 20
  let slowest = 0
  for (let from = 0; ; ) {
    const t0 = process.hrtime.bigint()
    const r = await runFunction('confirmListImport', { appId: wxAppId, itemId: 's3.patentList', source: wxSource, mode: 'replace', baseVersion: 0, opId: 'bench-wx-import', ...(from > 0 ? { from } : {}) }, wxCtx)
    slowest = Math.max(slowest, Number(process.hrtime.bigint() - t0) / 1e6)
    const d = r.ok ? (r.data as { status: string; done?: number; count?: number }) : null
    if (d?.status === 'partial') {
      from = d.done as number
      continue
    }
    if (d?.count !== 1000) throw new Error(`bench: wx import failed ${JSON.stringify(r).slice(0, 300)}`)
    break
  }
  const pulled: Record<string, { value: unknown }> = { 's3.patentList': { value: { entries: [] } } }
  patentRows(5000).forEach((r, i) => {
    pulled[`s3.patentList@e${i}`] = { value: { at: 5000 - i, entry: { id: `e${i}`, fields: { name: r[0], type: r[1], number: r[2], holder: r[3], grantDate: r[4] } } } }
  })
  const fold = await median(5, async () => {
    const r = foldPulled({}, pulled)
    if ((r.answers['s3.patentList'].value as { entries: unknown[] }).entries.length !== 5000) throw new Error('bench: fold lost entries')
  })
  db.close()
  fs.rmSync(dir, { recursive: true, force: true })
  return { list_import_1000_rows_ms: whole, list_import_preview_1000_rows_ms: preview, list_import_wx_call_ms_at_20ms: Math.round(slowest), list_pull_fold_5000_ms: fold }
}
