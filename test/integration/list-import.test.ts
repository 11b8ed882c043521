import { patentRows, PATENT_HEADER, THREE_ERRORS, toCsv } from '../fixtures/patentRows'
import { Client } from '../helpers/client'
import { rowCount, startCloud } from '../helpers/localCloud'
import * as iconv from 'iconv-lite'

describe('list import on the local cloud', () => {
  let cloud: Awaited<ReturnType<typeof startCloud>>
  beforeAll(async () => {
    cloud = await startCloud()
  })
  afterAll(() => cloud.close())

  it('uploads a GBK CSV, previews it without writing, and stores the good rows when confirmed', async () => {
    const owner = await Client.login(cloud, '负责人甲')
    const app = await owner.ok('createApplication', {})
    const { cloudPath } = await owner.ok('listImportTarget', { appId: app.id, itemId: 's3.patentList', ext: 'csv' })
    const up = await owner.upload(cloudPath, iconv.encode(toCsv(PATENT_HEADER, patentRows(412, THREE_ERRORS)), 'gbk'))
    expect(up.status).toBe(200)
    const source = { fileID: up.body.data.fileID, name: '专利清单.csv' }
    const fieldsBefore = rowCount(cloud.dataDir, 'fields')
    const preview = await owner.ok('previewListImport', { appId: app.id, itemId: 's3.patentList', source })
    expect(preview.problems.map((p: { row: number }) => p.row)).toEqual([17, 120, 301])
    expect(rowCount(cloud.dataDir, 'fields')).toBe(fieldsBefore)
    // Stored entry by entry, 100 per call: the phone calls again from where the cloud stopped.
    const event = { appId: app.id, itemId: 's3.patentList', source, mode: 'replace', baseVersion: 0, opId: 'import-local-1' }
    expect(await owner.ok('confirmListImport', event)).toEqual({ status: 'partial', done: 100, total: 410 })
    for (const from of [100, 200, 300]) expect(await owner.ok('confirmListImport', { ...event, from })).toEqual({ status: 'partial', done: from + 100, total: 410 })
    expect(await owner.ok('confirmListImport', { ...event, from: 400 })).toEqual({ status: 'stored', added: 409, count: 409 })
    // One record per entry and the list's head.
    expect(rowCount(cloud.dataDir, 'fields')).toBe(fieldsBefore + 410)
  })

  it('refuses an upload into another user’s folder, without a session, and over 5 MB', async () => {
    const a = await Client.login(cloud, '负责人乙')
    const b = await Client.login(cloud, '负责人丙')
    const app = await a.ok('createApplication', {})
    const { cloudPath } = await a.ok('listImportTarget', { appId: app.id, itemId: 's3.patentList', ext: 'xlsx' })
    const other = await b.upload(cloudPath, Buffer.from('x'))
    expect([other.status, other.body.error.message]).toEqual([403, '只能导入您本人为这份申报上传的文件。'])
    const traversal = await a.upload(`imports/${app.id}/${a.openid}/../../x.csv`, Buffer.from('x'))
    expect(traversal.status).toBe(403)
    const anonymous = await fetch(`${cloud.url}/api/files?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', body: 'x' })
    expect(anonymous.status).toBe(401)
    const big = await a.upload(cloudPath, Buffer.alloc(5 * 1024 * 1024 + 1))
    expect(big.status).toBe(413)
  })
})
