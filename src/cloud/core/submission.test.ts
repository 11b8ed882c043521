import { COMPLETE_APPLICATION } from '../../../test/fixtures/completeApplication'
import { applicationWith } from '../../../test/helpers/storeAnswers'
import type { Answers } from '../../rules'
import type { ApplicationDoc } from '../ports/store'
import { runFunction, type HandlerContext } from './index'

/** The complete application, 建立了集群碳排放监测机制 answered 是 with its photo beside the answer. */
const SUBMITTABLE = COMPLETE_APPLICATION

async function team(answers: Answers, photos: 'uploaded' | 'notUploaded' = 'uploaded') {
  const { owner, appId, as } = await applicationWith(answers, { photos })
  const join = async (openid: string, role: 'operator' | 'countyReviewer' | 'cityRecommender', displayName: string) => {
    const invite = await runFunction('createInvite', { appId, role, expiresInHours: 24, maxUses: 1 }, owner)
    if (!invite.ok) throw new Error(invite.error.code)
    const joined = await runFunction('joinApplication', { token: (invite.data as { token: string }).token, displayName }, as(openid))
    if (!joined.ok) throw new Error(joined.error.code)
    return as(openid)
  }
  const county = await join('o_county', 'countyReviewer', '李审核')
  const city = await join('o_city', 'cityRecommender', '赵推荐')
  const app = async () => (await owner.store.getApplication(appId)) as ApplicationDoc
  return { owner, county, city, appId, as, join, app }
}

const write = (ctx: HandlerContext, appId: string, itemId: string, value: unknown, opId: string, baseVersion = 1) =>
  runFunction('patchAnswers', { appId, ops: [{ opId, itemId, value, baseVersion }] }, ctx)
const firstResult = (r: Awaited<ReturnType<typeof runFunction>>) => (r.ok ? (r.data as { results: Record<string, unknown>[] }).results[0] : r.error)

describe('submit', () => {
  test('the owner submits a clean application; it is locked and the step is logged with who and when', async () => {
    const t = await team(SUBMITTABLE)
    const r = await runFunction('submitApplication', { appId: t.appId }, t.owner)
    expect(r).toEqual({ ok: true, data: { submitted: true, status: 'submitted', version: 1, at: '2024-04-01T02:00:00.000Z' } })
    const review = (await t.app()).review
    expect(review?.status).toBe('submitted')
    expect(review?.log).toEqual([{ action: 'submit', by: expect.stringMatching(/^m_/), byName: '王负责', at: '2024-04-01T02:00:00.000Z', version: 1 }])
    expect(firstResult(await write(t.owner, t.appId, 's1.area', '22.00', 'op-after-lock-1'))).toMatchObject({
      status: 'refused',
      code: 'APPLICATION_LOCKED',
      message: '申报已提交审核，内容已锁定，不能修改；如需修改，请由申报负责人撤回后再改。'
    })
    const again = await runFunction('submitApplication', { appId: t.appId }, t.owner)
    expect(again.ok ? null : again.error.message).toBe('申报已提交，正在审核中或已通过，不能重复提交。')
  })

  test('a photo still on a phone (referenced, never uploaded) blocks submission with the claim named', async () => {
    const t = await team(SUBMITTABLE, 'notUploaded')
    await t.owner.store.putEvidence({ appId: t.appId, hash: 'ev_carbon', fileID: 'cloud://e.b/x.jpg', itemId: 's5.carbonMonitoring', target: '', uploadedBy: 'o_owner', uploadedAt: 't', bytes: 1, width: 1, height: 1, removedAt: null, log: [] })
    const r = await runFunction('submitApplication', { appId: t.appId }, t.owner)
    const toFix = r.ok ? (r.data as { toFix: { itemIds: string[]; message: string }[] }).toFix : []
    expect(toFix.find((f) => f.itemIds[0] === 's5.carbonMonitoring')).toBeUndefined()
    expect(toFix[0]).toEqual({ itemIds: ['s2.chainWork'], severity: 'error', message: '“绘制产业链图谱，开展产业链培育”的照片还没有上传完成：请在有网络时打开小程序，等照片上传后再提交。' })
    expect((await t.app()).review?.status ?? 'draft').toBe('draft')
  })

  test('an error is refused with the list of what to fix, and nothing is locked', async () => {
    const t = await team({ ...SUBMITTABLE, 's1.area': { value: '150.00' } })
    const r = await runFunction('submitApplication', { appId: t.appId }, t.owner)
    expect(r).toEqual({
      ok: true,
      data: {
        submitted: false,
        code: 'SUBMIT_BLOCKED',
        message: '还有需要修改或说明的内容，暂不能提交。',
        toFix: [
          {
            itemIds: ['s1.area'],
            severity: 'error',
            message: '集群占地面积：150.00平方公里，未达到《中小企业特色产业集群认定标准（2022年版）》（工信部企业〔2022〕119号）的要求（不超过 100平方公里）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'
          }
        ]
      }
    })
    expect((await t.app()).review).toBeUndefined()
  })

  test('a warning without explanation is refused; with its explanation stored the same answer submits', async () => {
    const name = '坊子区动力装备特色产业集群'
    const t = await team({ ...SUBMITTABLE, 's1.clusterName': { value: name } })
    const r = await runFunction('submitApplication', { appId: t.appId }, t.owner)
    expect(r.ok && r.data).toMatchObject({
      submitted: false,
      toFix: [{ itemIds: ['s1.clusterName'], severity: 'warning', message: '集群名称与填报格式“XX市XX县（市、区）XX特色产业集群”不完全一致（县（区）名称前未写所属设区市），如为正式名称请简要说明。' }]
    })
    const explained = await runFunction('patchAnswers', { appId: t.appId, ops: [{ opId: 'op-explain-01', itemId: 's1.clusterName', value: name, explanation: '区政府文件中的正式名称', baseVersion: 1 }] }, t.owner)
    expect(firstResult(explained)).toMatchObject({ status: 'accepted' })
    expect(await runFunction('submitApplication', { appId: t.appId }, t.owner)).toMatchObject({ ok: true, data: { submitted: true } })
  })

  test('only the owner submits', async () => {
    const t = await team(SUBMITTABLE)
    const operator = await t.join('o_op', 'operator', '孙填报')
    for (const ctx of [operator, t.county, t.city]) {
      const r = await runFunction('submitApplication', { appId: t.appId }, ctx)
      expect(r.ok ? null : r.error.message).toBe('只有申报负责人可以执行此操作。')
    }
    const stranger = await runFunction('submitApplication', { appId: t.appId }, t.as('o_stranger'))
    expect(stranger.ok ? null : stranger.error.code).toBe('NOT_MEMBER')
  })

  test('a write racing the submit lands before the lock (the submit retries on the new answers) or is refused after it', async () => {
    const t = await team(SUBMITTABLE)
    // The racing write commits between the submit's read of the application and its guarded step.
    const realSet = t.owner.store.setReview.bind(t.owner.store)
    let raced = false
    const store = Object.create(t.owner.store)
    store.setReview = async (...args: Parameters<typeof realSet>) => {
      if (!raced) {
        raced = true
        expect(firstResult(await write(t.owner, t.appId, 's1.area', '24.00', 'op-race-0001'))).toMatchObject({ status: 'accepted' })
      }
      return realSet(...args)
    }
    const r = await runFunction('submitApplication', { appId: t.appId }, { ...t.owner, store })
    expect(r).toMatchObject({ ok: true, data: { submitted: true } })
    const fields = await t.owner.store.fieldsSince(t.appId, 0)
    expect(fields.find((f) => f.itemId === 's1.area')?.value).toBe('24.00')
    expect(firstResult(await write(t.owner, t.appId, 's1.area', '25.00', 'op-race-0002', 2))).toMatchObject({ code: 'APPLICATION_LOCKED' })
  })
})

describe('county review, city opinion and reopen', () => {
  test('the county returns single items with comments; the application opens for fixing and is submitted again', async () => {
    const t = await team(SUBMITTABLE)
    await runFunction('submitApplication', { appId: t.appId }, t.owner)
    const items = [{ itemId: 's2.totalOutput', comment: '2023年产值与统计公报不一致，请核对。' }]
    const r = await runFunction('reviewApplication', { appId: t.appId, decision: 'return', items }, t.county)
    expect(r).toEqual({ ok: true, data: { status: 'returned', at: '2024-04-01T02:00:00.000Z' } })
    const app = await runFunction('getApplication', { appId: t.appId }, t.owner)
    expect(app.ok && (app.data as { application: ApplicationDoc }).application.review).toMatchObject({ status: 'returned', returned: items })
    expect(firstResult(await write(t.owner, t.appId, 's2.totalOutput', { '2021': '118.36', '2022': '131.52', '2023': '146.90' }, 'op-fix-00001'))).toMatchObject({ status: 'accepted' })
    expect(await runFunction('submitApplication', { appId: t.appId }, t.owner)).toMatchObject({ ok: true, data: { submitted: true } })
    expect((await t.app()).review).toMatchObject({ status: 'submitted', returned: [] })
  })

  test('the county approves (who and when logged); then only the city may write its opinion', async () => {
    const t = await team(SUBMITTABLE)
    const early = firstResult(await write(t.city, t.appId, 's9.cityOpinion', '同意推荐。', 'op-city-0001', 0))
    expect(early).toMatchObject({ code: 'CITY_AFTER_APPROVAL', message: '县级审核通过后，市级推荐才能填写推荐意见。' })
    await runFunction('submitApplication', { appId: t.appId }, t.owner)
    expect(await runFunction('reviewApplication', { appId: t.appId, decision: 'approve' }, t.county)).toEqual({ ok: true, data: { status: 'approved', at: '2024-04-01T02:00:00.000Z' } })
    expect((await t.app()).review?.log.map((l) => [l.action, l.byName])).toEqual([
      ['submit', '王负责'],
      ['approve', '李审核']
    ])
    expect(firstResult(await write(t.city, t.appId, 's9.cityOpinion', '同意推荐。', 'op-city-0002', 0))).toMatchObject({ status: 'accepted' })
    expect(firstResult(await write(t.owner, t.appId, 's9.cityOpinion', '我们自己写', 'op-city-0003'))).toMatchObject({ code: 'CITY_ONLY', message: '市级中小企业主管部门推荐意见只能由市级推荐填写。' })
    expect(firstResult(await write(t.city, t.appId, 's1.area', '22.00', 'op-city-0004'))).toMatchObject({ code: 'READ_ONLY_ROLE' })
    expect(firstResult(await write(t.county, t.appId, 's1.area', '22.00', 'op-county-01'))).toMatchObject({ code: 'READ_ONLY_ROLE' })
  })

  test('only the county reviews, only a submitted application, only items of the form', async () => {
    const t = await team(SUBMITTABLE)
    const notYet = await runFunction('reviewApplication', { appId: t.appId, decision: 'approve' }, t.county)
    expect(notYet.ok ? null : notYet.error.message).toBe('申报尚未提交或已退回修改，现在不能审核。')
    await runFunction('submitApplication', { appId: t.appId }, t.owner)
    for (const ctx of [t.owner, t.city]) {
      const r = await runFunction('reviewApplication', { appId: t.appId, decision: 'approve' }, ctx)
      expect(r.ok ? null : r.error.message).toBe('只有县级审核可以审核申报。')
    }
    const unknown = await runFunction('reviewApplication', { appId: t.appId, decision: 'return', items: [{ itemId: 's9.countyStamp', comment: '请盖章' }] }, t.county)
    expect(unknown.ok ? null : unknown.error).toEqual({ code: 'UNKNOWN_ITEM', path: 's9.countyStamp', message: '申报表中没有这一栏。' })
    const blank = await runFunction('reviewApplication', { appId: t.appId, decision: 'return', items: [{ itemId: 's1.area', comment: '  ' }] }, t.county)
    expect(blank.ok ? null : blank.error.code).toBe('INVALID_EVENT')
  })

  test('reopening is explicit: owner only, with a reason, logged, and starts a new version', async () => {
    const t = await team(SUBMITTABLE)
    const draft = await runFunction('reopenApplication', { appId: t.appId, reason: '补充数据' }, t.owner)
    expect(draft.ok ? null : draft.error.message).toBe('申报尚未提交，无需撤回。')
    await runFunction('submitApplication', { appId: t.appId }, t.owner)
    const county = await runFunction('reopenApplication', { appId: t.appId, reason: '补充数据' }, t.county)
    expect(county.ok ? null : county.error.code).toBe('OWNER_ONLY')
    const noReason = await runFunction('reopenApplication', { appId: t.appId }, t.owner)
    expect(noReason.ok ? null : noReason.error.code).toBe('INVALID_EVENT')
    expect(await runFunction('reopenApplication', { appId: t.appId, reason: '补充2023年统计公报数据' }, t.owner)).toEqual({ ok: true, data: { status: 'draft', version: 2 } })
    const app = await t.app()
    expect(app.version).toBe(2)
    expect(app.review?.log.at(-1)).toEqual({ action: 'reopen', by: expect.stringMatching(/^m_/), byName: '王负责', at: '2024-04-01T02:00:00.000Z', version: 2, note: '补充2023年统计公报数据' })
    expect(firstResult(await write(t.owner, t.appId, 's1.area', '22.00', 'op-reopen-01'))).toMatchObject({ status: 'accepted' })
  })
})
