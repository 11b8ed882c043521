import { COMPLETE_APPLICATION } from '../../../test/fixtures/completeApplication'
import { testContext } from '../../../test/helpers/context'
import { readDocx } from '../../../test/helpers/docxReader'
import { applicationWith } from '../../../test/helpers/storeAnswers'
import { contentHash, draftNotice } from '../../export'
import { CURRENT_ROUND, blocksSubmission, check, type Answers } from '../../rules'
import type { ExportResult } from './exportApplication'
import { runFunction, type HandlerContext } from './index'

/** The fixture as the store keeps it: patchAnswers carries value and explanation (evidence refs live inside values). */
const STORED: Answers = Object.fromEntries(Object.entries(COMPLETE_APPLICATION).map(([id, a]) => [id, { value: a?.value }]))

const application = applicationWith

async function join(ctx: HandlerContext, owner: HandlerContext, appId: string, role: 'operator' | 'countyReviewer' | 'cityRecommender') {
  const invite = await runFunction('createInvite', { appId, role, expiresInHours: 24, maxUses: 1 }, owner)
  if (!invite.ok) throw new Error(invite.error.code)
  const joined = await runFunction('joinApplication', { token: (invite.data as { token: string }).token, displayName: '李审核' }, ctx)
  if (!joined.ok) throw new Error(joined.error.code)
}

const exported = (r: Awaited<ReturnType<typeof runFunction>>): ExportResult => {
  if (!r.ok) throw new Error(r.error.code)
  return r.data as ExportResult
}

describe('exportApplication', () => {
  test('a member gets the stored application as a docx inline, with the version, the content hash and the server’s count of open issues', async () => {
    const { owner, appId } = await application(STORED)
    const r = exported(await runFunction('exportApplication', { appId }, owner))
    // The store does not keep evidence beside a 是 yet (evidence capture is a later issue), so 提交 finds that one gap.
    const open = check(STORED, { level: 'submit', now: owner.clock.now(), config: CURRENT_ROUND }).filter(blocksSubmission)
    expect(open.map((f) => f.itemIds)).toEqual([['s5.carbonMonitoring']])
    expect(r).toMatchObject({ format: 'docx', fileName: '潍坊市坊子区动力装备特色产业集群_申报表_v1.docx', version: 1, openIssues: 1, hash: contentHash(STORED) })
    if (r.file.kind !== 'inline') throw new Error('inline expected')
    const bytes = Buffer.from(r.file.base64, 'base64')
    expect(bytes.length).toBe(r.bytes)
    const doc = await readDocx(bytes)
    expect(doc.tables[0].rows[0]).toEqual(['集群名称：', '潍坊市坊子区动力装备特色产业集群'])
    expect(doc.footers.join('')).toContain(`申报表版本 1 · 内容校验码 ${contentHash(STORED)}`)
  }, 30_000)

  test('a county reviewer (read-only) may export too', async () => {
    const { owner, appId, as } = await application({ 's1.clusterName': { value: '潍坊市坊子区动力装备特色产业集群' } })
    const reviewer = as('o_county')
    await join(reviewer, owner, appId, 'countyReviewer')
    const r = exported(await runFunction('exportApplication', { appId }, reviewer))
    expect(r.file.kind).toBe('inline')
  })

  test('a half-filled application exports as a draft that says how many issues are open', async () => {
    const { owner, appId } = await application({ 's1.clusterName': { value: '潍坊市坊子区动力装备特色产业集群' } })
    const r = exported(await runFunction('exportApplication', { appId }, owner))
    expect(r.openIssues).toBeGreaterThan(0)
    if (r.file.kind !== 'inline') throw new Error('inline expected')
    const doc = await readDocx(Buffer.from(r.file.base64, 'base64'))
    expect(doc.paragraphs).toContain(draftNotice(r.openIssues))
  })

  test('with a file port (WeChat cloud storage) the file is stored under an unguessable path and its file id returned', async () => {
    const { owner, appId } = await application({ 's1.clusterName': { value: '潍坊市坊子区动力装备特色产业集群' } })
    const puts: { path: string; size: number }[] = []
    const files = { put: async (path: string, bytes: Uint8Array) => (puts.push({ path, size: bytes.length }), `cloud://env.bucket/${path}`) }
    const r = exported(await runFunction('exportApplication', { appId }, { ...owner, files }))
    expect(puts).toEqual([{ path: expect.stringMatching(new RegExp(`^exports/${appId}/[0-9a-f]{32}\\.docx$`)), size: r.bytes }])
    expect(r.file).toEqual({ kind: 'cloud', fileID: `cloud://env.bucket/${puts[0].path}` })
  })

  test('the same answers come as a spreadsheet with format xlsx', async () => {
    const { owner, appId } = await application({ 's1.clusterName': { value: '潍坊市坊子区动力装备特色产业集群' } })
    const r = exported(await runFunction('exportApplication', { appId, format: 'xlsx' }, owner))
    expect(r).toMatchObject({ format: 'xlsx', fileName: '潍坊市坊子区动力装备特色产业集群_申报表_v1.xlsx' })
    if (r.file.kind !== 'inline') throw new Error('inline expected')
    expect(Buffer.from(r.file.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK')
    const bad = await runFunction('exportApplication', { appId, format: 'pdf' }, owner)
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_EVENT')
  })

  test('someone who is not a member is refused with the Chinese message', async () => {
    const { appId, as } = await application({})
    const r = await runFunction('exportApplication', { appId }, as('o_stranger'))
    expect(r.ok ? null : r.error).toEqual({ code: 'NOT_MEMBER', message: '您不是该申报的成员，或已被移出。' })
  })

  test.each([
    ['no caller', (ctx: HandlerContext) => runFunction('exportApplication', { appId: 'app_x' }, { ...ctx, caller: null }), 'UNAUTHENTICATED'],
    ['an identity in the event', (ctx: HandlerContext) => runFunction('exportApplication', { appId: 'app_x', openid: 'o_owner' }, ctx), 'CALLER_IN_EVENT'],
    ['no application id', (ctx: HandlerContext) => runFunction('exportApplication', {}, ctx), 'INVALID_EVENT'],
    ['an unknown field', (ctx: HandlerContext) => runFunction('exportApplication', { appId: 'app_x', pages: 3 }, ctx), 'INVALID_EVENT']
  ])('a request with %s is refused', async (_, call, code) => {
    const r = await call(testContext('o_owner'))
    expect(r.ok ? null : r.error.code).toBe(code)
  })
})
