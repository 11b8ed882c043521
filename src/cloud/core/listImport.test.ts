import ExcelJS from 'exceljs'
import { testContext } from '../../../test/helpers/context'
import { createMemoryFiles } from '../../../test/stand-ins/memoryFiles'
import { PATENT_HEADER, THREE_ERRORS, patentRows, toCsv } from '../../../test/fixtures/patentRows'
import { check, type Answers } from '../../rules'
import { runFunction, type HandlerContext } from './index'
import { CONFIRM_OPS_PER_CALL, forgetPlannedImports } from './listImport'
import { storedAnswers, storedList } from './storedAnswers'
import { partKey } from '../../rules/listParts'
import { MAX_PULL_BYTES } from '../limits'

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('专利')
  ws.addRow([...PATENT_HEADER])
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function setup() {
  const files = createMemoryFiles()
  const owner: HandlerContext = { ...testContext('o_owner'), uploads: files }
  const app = await runFunction('createApplication', { displayName: '王主任' }, owner)
  if (!app.ok) throw new Error('no app')
  const appId = (app.data as { id: string }).id
  const as = (openid: string): HandlerContext => ({ ...testContext(openid, undefined, owner.store), uploads: files })
  const data = async <T = any>(name: string, event: unknown, ctx = owner): Promise<T> => {
    const r = await runFunction(name, event, ctx)
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
    return r.data as T
  }
  const upload = async (bytes: Uint8Array, ctx = owner, ext: 'xlsx' | 'csv' = 'xlsx') => {
    const { cloudPath } = await data<{ cloudPath: string }>('listImportTarget', { appId, itemId: 's3.patentList', ext }, ctx)
    return files.put(cloudPath, bytes)
  }
  /** The list as stored, or null before anything was stored. */
  const stored = async () => {
    const list = await storedList(owner.store, appId, 's3.patentList')
    return list.head === null && list.parts.size === 0 ? null : { value: { entries: list.entries }, list }
  }
  /** Confirms an import the way the phone does: again with `from` while the cloud says it stored part of it. */
  const confirmAll = async (event: Record<string, unknown>, ctx = owner) => {
    const calls: unknown[] = []
    let from = 0
    for (;;) {
      const r = await data('confirmListImport', { ...event, ...(from > 0 ? { from } : {}) }, ctx)
      calls.push(r)
      if (r.status !== 'partial') return { last: r, calls }
      from = r.done
    }
  }
  return { files, owner, appId, as, data, upload, stored, confirmAll }
}

describe('list import handlers', () => {
  it('previews a 412-row upload without storing anything, then stores the 409 good rows on 替换, 100 entries per call, in file order', async () => {
    const { appId, owner, data, upload, stored, confirmAll } = await setup()
    const rows = patentRows(412, THREE_ERRORS)
    const fileID = await upload(await xlsxOf(rows))
    const source = { fileID, name: '专利清单.xlsx' }
    const preview = await data('previewListImport', { appId, itemId: 's3.patentList', source })
    expect(preview).toMatchObject({ total: 412, importable: 409, problemCount: 3, existing: 0, baseVersion: 0, replaceRefused: null })
    expect(preview.summary.startsWith('共 412 行，409 行可导入，3 行有问题：第 17 行“专利号或证书号”：')).toBe(true)
    expect(await stored()).toBeNull()

    const { last, calls } = await confirmAll({ appId, itemId: 's3.patentList', source, mode: 'replace', baseVersion: 0, opId: 'import-0001' })
    expect(CONFIRM_OPS_PER_CALL).toBe(100)
    // 409 entries and the list's head: five calls.
    expect(calls.slice(0, 4)).toEqual([100, 200, 300, 400].map((done) => ({ status: 'partial', done, total: 410 })))
    expect(last).toEqual({ status: 'stored', added: 409, count: 409 })
    const list = await stored()
    const numbers = list?.value.entries.map((e) => e.fields.number) ?? []
    expect(numbers).toHaveLength(409)
    // In the spreadsheet's row order.
    const rowOf = numbers.map((n) => rows.findIndex((r) => r[2] === n))
    expect(rowOf.every((row, i) => i === 0 || row > rowOf[i - 1])).toBe(true)
    expect(list?.list.parts.size).toBe(409)

    const answers = await storedAnswers(owner.store, appId)
    const findings = check({ ...answers, 's3.inventionPatents': { value: '412' } } as Answers, { level: 'submit', now: new Date('2024-04-01T00:00:00Z') })
    expect(findings.find((f) => f.code === 'LIST_COUNT_MISMATCH')?.message).toBe('“集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）”填写为 412，但清单中有 409 条，请核对。')
  })
  it('appends pasted rows to the stored list, skipping the rows it already holds', async () => {
    const { appId, data, stored } = await setup()
    const rows = patentRows(5)
    const first = await data('confirmListImport', { appId, itemId: 's3.patentList', source: { text: toCsv(PATENT_HEADER, rows.slice(0, 3), '\t') }, mode: 'replace', baseVersion: 0, opId: 'import-0001' })
    expect(first).toEqual({ status: 'stored', added: 3, count: 3 })
    const text = toCsv(PATENT_HEADER, rows.slice(2), '\t')
    const preview = await data('previewListImport', { appId, itemId: 's3.patentList', source: { text } })
    // Three entries and the head were stored: the list's stamp is the fourth change.
    expect(preview).toMatchObject({ total: 3, importable: 3, appendable: 2, existing: 3, baseVersion: 4 })
    expect(preview.appendSkipped.map((p: { row: number }) => p.row)).toEqual([2])
    const r = await data('confirmListImport', { appId, itemId: 's3.patentList', source: { text }, mode: 'append', baseVersion: preview.baseVersion, opId: 'import-0002' })
    expect(r).toMatchObject({ status: 'stored', added: 2, count: 5 })
    expect((await stored())?.value.entries.map((e) => e.fields.number)).toEqual(rows.map((row) => row[2]))
  })

  it('stores a 500-patent list with long names entry by entry: no stored record and no call comes near one call’s limit', async () => {
    const { appId, owner, data, stored, upload, confirmAll } = await setup()
    const long = patentRows(500).map((r) => [`${r[0]}及其在高效节能电机控制系统中的应用`, r[1], r[2], `${r[3]}（有限合伙）`, r[4]])
    const fileID = await upload(await xlsxOf(long))
    const source = { fileID, name: '专利清单.xlsx' }
    const preview = await data('previewListImport', { appId, itemId: 's3.patentList', source })
    expect(preview).toMatchObject({ importable: 500, replaceRefused: null })
    const { last } = await confirmAll({ appId, itemId: 's3.patentList', source, mode: 'replace', baseVersion: 0, opId: 'import-0001' })
    expect(last).toEqual({ status: 'stored', added: 500, count: 500 })
    const list = await stored()
    expect(list?.value.entries).toHaveLength(500)
    // The whole list is more than one answer may carry; each part is one entry.
    expect(Buffer.byteLength(JSON.stringify(list?.value))).toBeGreaterThan(88 * 1024)
    const largest = Math.max(...[...(list?.list.parts.values() ?? [])].map((f) => Buffer.byteLength(JSON.stringify(f))))
    expect(largest).toBeLessThan(1024)
    // A colleague's phone pulls it in pages cut at MAX_PULL_BYTES: every entry and the head, in few calls.
    const replies: { fields: unknown[]; seq: number; more: boolean }[] = []
    for (let since = 0, more = true; more; ) {
      const page = await data('pullAnswers', { appId, since }, owner)
      replies.push(page)
      ;({ seq: since, more } = page)
    }
    expect(replies.flatMap((r) => r.fields)).toHaveLength(501)
    expect(replies.length).toBeLessThanOrEqual(3)
    for (const r of replies) expect(Buffer.byteLength(JSON.stringify(r))).toBeLessThan(MAX_PULL_BYTES + 4096)
  })

  it('continues an import whose reply was lost: each entry is stored once, and the list is not called changed by its own writes', async () => {
    const { appId, data, stored } = await setup()
    const text = toCsv(PATENT_HEADER, patentRows(3))
    const event = { appId, itemId: 's3.patentList', source: { text }, mode: 'replace', baseVersion: 0, opId: 'import-0001' }
    expect(await data('confirmListImport', event)).toEqual({ status: 'stored', added: 3, count: 3 })
    expect(await data('confirmListImport', event)).toEqual({ status: 'stored', added: 3, count: 3 })
    const list = await stored()
    expect(list?.value.entries).toHaveLength(3)
    expect(list?.list.stamp).toBe(4)
  })

  it('continues on another function instance (which kept nothing) with the same entries, 替换 and 追加 alike', async () => {
    const { appId, data, stored, upload } = await setup()
    const fileID = await upload(await xlsxOf(patentRows(250)))
    const source = { fileID, name: '专利清单.xlsx' }
    const first = { appId, itemId: 's3.patentList', source, mode: 'replace', baseVersion: 0, opId: 'import-0001' }
    expect(await data('confirmListImport', first)).toEqual({ status: 'partial', done: 100, total: 251 })
    forgetPlannedImports()
    expect(await data('confirmListImport', { ...first, from: 100 })).toEqual({ status: 'partial', done: 200, total: 251 })
    forgetPlannedImports()
    expect(await data('confirmListImport', { ...first, from: 200 })).toEqual({ status: 'stored', added: 250, count: 250 })
    expect((await stored())?.value.entries.map((e) => e.fields.number)).toEqual(patentRows(250).map((r) => r[2]))

    const more = await upload(await xlsxOf(patentRows(400).slice(150)))
    const preview = await data('previewListImport', { appId, itemId: 's3.patentList', source: { fileID: more, name: 'b.xlsx' } })
    expect(preview).toMatchObject({ appendable: 150 })
    const append = { appId, itemId: 's3.patentList', source: { fileID: more, name: 'b.xlsx' }, mode: 'append', baseVersion: preview.baseVersion, opId: 'import-0002' }
    expect(await data('confirmListImport', append)).toEqual({ status: 'partial', done: 100, total: 150 })
    forgetPlannedImports()
    expect(await data('confirmListImport', { ...append, from: 100 })).toEqual({ status: 'stored', added: 150, count: 400 })
    expect((await stored())?.value.entries.map((e) => e.fields.number)).toEqual(patentRows(400).map((r) => r[2]))
  })

  it('refuses to import over a list someone changed after the preview, and stores nothing', async () => {
    const { appId, owner, data, stored } = await setup()
    const text = toCsv(PATENT_HEADER, patentRows(2))
    await data('confirmListImport', { appId, itemId: 's3.patentList', source: { text }, mode: 'replace', baseVersion: 0, opId: 'import-0001' })
    const next = toCsv(PATENT_HEADER, patentRows(4))
    const preview = await data('previewListImport', { appId, itemId: 's3.patentList', source: { text: next } })
    const entry = (await stored())?.value.entries[0] as { id: string; fields: Record<string, string> }
    await data('patchAnswers', { appId, ops: [{ opId: 'op-edit-0001', itemId: partKey('s3.patentList', entry.id), value: { ...entry, fields: { ...entry.fields, name: '改过的名称' } }, baseVersion: 1 }] })
    const r = await runFunction('confirmListImport', { appId, itemId: 's3.patentList', source: { text: next }, mode: 'replace', baseVersion: preview.baseVersion, opId: 'import-0002' }, owner)
    expect(r).toEqual({ ok: false, error: { code: 'LIST_CHANGED_SINCE_PREVIEW', message: '预览之后这份清单已被其他成员修改，未导入；请重新导入以查看最新的预览。' } })
    expect((await stored())?.value.entries.map((e) => e.fields.name)).toEqual(['改过的名称', patentRows(2)[1][0]])
  })

  it('替换 over a list stored whole (before lists had parts) removes its entries and empties its head', async () => {
    const { appId, data, stored } = await setup()
    const old = patentRows(3).map((r, i) => ({ id: `e${i + 1}`, fields: { name: r[0], type: r[1], number: r[2], holder: r[3], grantDate: r[4] } }))
    await data('patchAnswers', { appId, ops: [{ opId: 'op-whole-0001', itemId: 's3.patentList', value: { entries: old }, baseVersion: 0 }] })
    expect((await stored())?.value.entries).toHaveLength(3)
    const text = toCsv(PATENT_HEADER, patentRows(5).slice(3))
    const preview = await data('previewListImport', { appId, itemId: 's3.patentList', source: { text } })
    const r = await data('confirmListImport', { appId, itemId: 's3.patentList', source: { text }, mode: 'replace', baseVersion: preview.baseVersion, opId: 'import-0002' })
    expect(r).toEqual({ status: 'stored', added: 2, count: 2 })
    const list = await stored()
    expect(list?.value.entries.map((e) => e.fields.number)).toEqual(patentRows(5).slice(3).map((row) => row[2]))
    expect(list?.list.head?.value).toEqual({ entries: [] })
  })

  it('stores nothing when no row can be imported', async () => {
    const { appId, owner, stored } = await setup()
    const text = toCsv(['名称', '专利号'], [['a', 'b']])
    const r = await runFunction('confirmListImport', { appId, itemId: 's3.patentList', source: { text }, mode: 'replace', baseVersion: 0, opId: 'import-0001' }, owner)
    expect(r).toEqual({ ok: false, error: { code: 'IMPORT_REFUSED', message: '表格中没有可以导入的行，请按预览中的提示修改后重新导入。' } })
    expect(await stored()).toBeNull()
  })

  it('refuses a fileID outside the caller’s own upload folder', async () => {
    const { appId, owner, files } = await setup()
    const fileID = files.put(`imports/${appId}/o_other/0123456789abcdef.xlsx`, await xlsxOf(patentRows(1)))
    const r = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: { fileID, name: 'a.xlsx' } }, owner)
    expect(r).toEqual({ ok: false, error: { code: 'UPLOAD_FORBIDDEN', path: 'source.fileID', message: '只能导入您本人为这份申报上传的文件。' } })
  })

  it('says when the uploaded file is gone', async () => {
    const { appId, owner } = await setup()
    const r = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: { fileID: `cloud://test-env.bucket/imports/${appId}/o_owner/00000000.xlsx`, name: 'a.xlsx' } }, owner)
    expect(r.ok ? null : r.error.message).toBe('上传的文件不存在或已过期，请重新选择文件。')
  })

  it('refuses a file import where the binding has no file storage', async () => {
    const { appId, owner } = await setup()
    const r = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: { fileID: 'cloud://x/y', name: 'a.xlsx' } }, { ...owner, uploads: undefined })
    expect(r.ok ? null : r.error.message).toBe('当前环境无法读取上传的文件，请改为粘贴表格内容。')
  })

  it('refuses an item that is not a list, a non-member and a read-only role', async () => {
    const { appId, owner, as, data } = await setup()
    const text = toCsv(PATENT_HEADER, patentRows(1))
    const notList = await runFunction('previewListImport', { appId, itemId: 's3.inventionPatents', source: { text } }, owner)
    expect(notList.ok ? null : notList.error.message).toBe('这一栏不是清单，不能导入表格。')
    const stranger = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: { text } }, as('o_stranger'))
    expect(stranger.ok ? null : stranger.error.message).toBe('您不是该申报的成员，或已被移出。')
    const target = await runFunction('listImportTarget', { appId, itemId: 's3.patentList', ext: 'xlsx' }, as('o_stranger'))
    expect(target.ok ? null : target.error.code).toBe('NOT_MEMBER')
    const invite = await data<{ token: string }>('createInvite', { appId, role: 'countyReviewer', expiresInHours: 24, maxUses: 1 })
    await data('joinApplication', { token: invite.token, displayName: '县审核' }, as('o_reviewer'))
    const reviewer = await runFunction('previewListImport', { appId, itemId: 's3.patentList', source: { text } }, as('o_reviewer'))
    expect(reviewer.ok ? null : reviewer.error.message).toBe('审核和推荐角色只能查看，不能修改填报内容。')
  })

  it('gives the upload a path in the caller’s folder with a random name', async () => {
    const { appId, data } = await setup()
    const { cloudPath } = await data('listImportTarget', { appId, itemId: 's3.patentList', ext: 'csv' })
    expect(cloudPath).toMatch(new RegExp(`^imports/${appId}/o_owner/[0-9a-f]{32}\\.csv$`))
  })

  it('sends the template and the stored list as .xlsx', async () => {
    const { appId, data } = await setup()
    await data('confirmListImport', { appId, itemId: 's3.patentList', source: { text: toCsv(PATENT_HEADER, patentRows(4)) }, mode: 'replace', baseVersion: 0, opId: 'import-0001' })
    const template = await data('listTemplate', { itemId: 's3.patentList' })
    expect(template.fileName).toBe('有效发明专利清单模板.xlsx')
    const exported = await data('exportList', { appId, itemId: 's3.patentList' })
    expect([exported.fileName, exported.count]).toEqual(['有效发明专利清单.xlsx', 4])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ExcelJS.Buffer)
    expect(wb.worksheets[0].actualRowCount).toBe(5)
  })
})
