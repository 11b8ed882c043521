import { testContext } from '../../../test/helpers/context'
import { createMemoryFiles } from '../../../test/stand-ins/memoryFiles'
import { ERROR_MESSAGES } from '../../errors'
import type { OcrPort } from '../ports/ocr'
import { runFunction, type HandlerContext } from './index'

const PATENT_TEXT = '发明专利证书\n发明名称: 一种齿轮箱润滑装置及其控制方法\n专利号: ZL 2020 1 0027357.4\n专利权人: 坊子区智能制造研究院\n授权公告日: 2022年07月28日\n'
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9])
const HASH = 'a'.repeat(64)

async function setup(ocr: OcrPort = { read: async () => ({ available: true, text: PATENT_TEXT }) }) {
  const files = createMemoryFiles()
  const reads: Uint8Array[] = []
  const counted: OcrPort = { read: (b) => (reads.push(b), ocr.read(b)) }
  const owner: HandlerContext = { ...testContext('o_owner'), uploads: files, ocr: counted }
  const as = (openid: string): HandlerContext => ({ ...testContext(openid, undefined, owner.store), uploads: files, ocr: counted })
  const created = async () => {
    const r = await runFunction('createApplication', { displayName: '王主任' }, owner)
    if (!r.ok) throw new Error('no app')
    return (r.data as { id: string }).id
  }
  const appId = await created()
  const otherApp = await created()
  const photo = files.put(`evidence/${appId}/o_owner/${HASH}.jpg`, JPEG)
  return { files, owner, as, appId, otherApp, photo, reads }
}

test('a member gets the number, name, holder and date read from the photo, with the recognised text', async () => {
  const { owner, appId, photo, reads } = await setup()
  expect(await runFunction('readCertificate', { appId, fileID: photo }, owner)).toEqual({
    ok: true,
    data: {
      available: true,
      text: PATENT_TEXT,
      title: '发明专利证书',
      number: { kind: 'patent', value: 'ZL202010027357.4' },
      name: '一种齿轮箱润滑装置及其控制方法',
      holder: '坊子区智能制造研究院',
      date: '2022-07-28'
    }
  })
  expect([...reads[0]]).toEqual([...JPEG])
})

test('when the OCR binding cannot read, the answer is "unavailable" and the flow stays manual', async () => {
  const { owner, appId, photo } = await setup({ read: async () => ({ available: false, reason: 'tesseract is not installed' }) })
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  expect(await runFunction('readCertificate', { appId, fileID: photo }, owner)).toEqual({ ok: true, data: { available: false } })
  expect(await runFunction('readCertificate', { appId, fileID: photo }, { ...owner, ocr: undefined })).toEqual({ ok: true, data: { available: false } })
  warn.mockRestore()
})

test('someone who is not a member of the application is refused before anything is read', async () => {
  const { as, appId, photo, reads } = await setup()
  expect(await runFunction('readCertificate', { appId, fileID: photo }, as('o_stranger'))).toEqual({
    ok: false,
    error: { code: 'NOT_MEMBER', message: ERROR_MESSAGES.NOT_MEMBER }
  })
  expect(reads).toEqual([])
})

test.each([
  ['another application’s photo', (s: Awaited<ReturnType<typeof setup>>) => s.files.put(`evidence/${s.otherApp}/o_owner/${HASH}.jpg`, JPEG)],
  ['a spreadsheet upload of the same application', (s: Awaited<ReturnType<typeof setup>>) => s.files.put(`imports/${s.appId}/o_owner/${'b'.repeat(16)}.xlsx`, JPEG)],
  ['a path with traversal', (s: Awaited<ReturnType<typeof setup>>) => s.files.put(`evidence/${s.appId}/../${s.otherApp}/o_owner/${HASH}.jpg`, JPEG)],
  ['a file id of another store', () => `local://evidence/x/o_owner/${HASH}.jpg`]
])('refuses %s with EVIDENCE_NOT_IN_APPLICATION and its Chinese message', async (_what, fileOf) => {
  const s = await setup()
  const fileID = fileOf(s)
  expect(await runFunction('readCertificate', { appId: s.appId, fileID }, s.owner)).toEqual({
    ok: false,
    error: { code: 'EVIDENCE_NOT_IN_APPLICATION', path: 'fileID', message: '这张照片不属于这份申报，无法读取。' }
  })
  expect(s.reads).toEqual([])
})

test('a missing photo and a file that is not a JPEG are refused with their messages', async () => {
  const s = await setup()
  const missing = `cloud://test-env.bucket/evidence/${s.appId}/o_owner/${'c'.repeat(64)}.jpg`
  expect(await runFunction('readCertificate', { appId: s.appId, fileID: missing }, s.owner)).toMatchObject({ ok: false, error: { code: 'UPLOAD_NOT_FOUND', message: '上传的文件不存在或已过期，请重新选择文件。' } })
  const text = s.files.put(`evidence/${s.appId}/o_owner/${'d'.repeat(64)}.jpg`, new TextEncoder().encode('not a photo'))
  expect(await runFunction('readCertificate', { appId: s.appId, fileID: text }, s.owner)).toMatchObject({ ok: false, error: { code: 'PHOTO_NOT_IMAGE', message: '所选文件不是图片，请拍照或选择 JPG、PNG 格式的照片。' } })
  expect(s.reads).toEqual([])
})

test('the app asks by the hash its answer carries: the record gives the file; a photo not recorded is not read', async () => {
  const s = await setup()
  await s.owner.store.putEvidence({ appId: s.appId, hash: HASH, fileID: s.photo, itemId: 's3.patentList', target: 'entries.0', uploadedBy: 'o_owner', uploadedAt: 't', bytes: JPEG.length, width: 1, height: 1, removedAt: null, log: [] })
  expect(await runFunction('readCertificate', { appId: s.appId, hash: HASH }, s.owner)).toMatchObject({ ok: true, data: { available: true, number: { kind: 'patent', value: 'ZL202010027357.4' } } })
  expect(await runFunction('readCertificate', { appId: s.appId, hash: 'e'.repeat(64) }, s.owner)).toEqual({
    ok: false,
    error: { code: 'EVIDENCE_NOT_FOUND', path: 'hash', message: '这张照片不在这份申报中。' }
  })
})

test('a malformed event is refused by the schema', async () => {
  const { owner, appId } = await setup()
  for (const bad of [{ appId }, { appId, fileID: 'x', text: 'ZL…' }, { appId, hash: '../x' }, { appId, hash: 'a'.repeat(64), fileID: 'x' }])
    expect(await runFunction('readCertificate', bad, owner)).toMatchObject({ ok: false, error: { code: 'INVALID_EVENT', message: expect.stringMatching(/^请求参数不正确。/) } })
})
