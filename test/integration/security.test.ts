/**
 * The cases found when the cloud path was tried as a tester would (real HTTP, SQLite file): each refused with
 * its Chinese message and nothing written.
 */
import { Client, team } from '../helpers/client'
import { postRaw, rowCount, startCloud } from '../helpers/localCloud'

type Cloud = Awaited<ReturnType<typeof startCloud>>
let cloud: Cloud
beforeEach(async () => {
  cloud = await startCloud()
})
afterEach(() => cloud.close())

const audits = () => rowCount(cloud.dataDir, 'audit')
const fields = () => rowCount(cloud.dataDir, 'fields')
const op = (opId: string, value: unknown, baseVersion = 0, itemId = 's2.leadingCagr', explanation?: string) => ({ opId, itemId, value, baseVersion, ...(explanation === undefined ? {} : { explanation }) })

describe('security on the answer path', () => {
  it('refuses an opId replayed with a different value and keeps the first', async () => {
    const { a, appId } = await team(cloud)
    expect((await a.patch(appId, [op('op-replay-0001', '12.46')])).results[0].status).toBe('accepted')
    const r = await a.patch(appId, [op('op-replay-0001', '99.00')])
    expect(r.results[0]).toEqual({
      opId: 'op-replay-0001',
      itemId: 's2.leadingCagr',
      status: 'refused',
      code: 'OP_ID_REUSED',
      message: '这条修改的编号已被另一条不同的内容使用，未保存；请重新填写这一项。'
    })
    expect((await a.ok('pullAnswers', { appId, since: 0 })).fields[0].value).toBe('12.46')
    expect(audits()).toBe(1)
  })

  it('handles a repeated opId inside one batch: same content once, other content refused', async () => {
    const { a, appId } = await team(cloud)
    const r = await a.patch(appId, [op('op-dup-00001', '1.00'), op('op-dup-00001', '1.00'), op('op-dup-00002', '2.00', 0, 's2.exportGrowth'), op('op-dup-00002', '3.00', 0, 's2.exportGrowth')])
    expect(r.results[1]).toEqual(r.results[0])
    expect(r.results[0]).toMatchObject({ status: 'accepted', version: 1 })
    expect(r.results[3]).toMatchObject({ status: 'refused', code: 'OP_ID_REUSED', message: '这条修改的编号已被另一条不同的内容使用，未保存；请重新填写这一项。' })
    expect(audits()).toBe(1)
  })

  it('keeps op records per application: the same opId in another application is stored there too', async () => {
    const { owner, appId } = await team(cloud)
    const other = await owner.ok('createApplication', { clusterName: '另一个集群' })
    await owner.patch(appId, [op('op-shared-001', '1.00')])
    const r = await owner.patch(other.id, [op('op-shared-001', '1.00')])
    expect(r.results[0]).toMatchObject({ status: 'accepted', version: 1 })
    expect((await owner.ok('pullAnswers', { appId: other.id, since: 0 })).fields).toHaveLength(1)
  })

  it('refuses a baseVersion from the future and keeps the other user’s value', async () => {
    const { owner, a, appId } = await team(cloud)
    await a.patch(appId, [op('op-future-001', '12.46')])
    const r = await owner.patch(appId, [op('op-future-002', '50.00', 7)])
    expect(r.results[0]).toMatchObject({ status: 'refused', code: 'BASE_VERSION_AHEAD', message: '这一项的版本比服务器上的还新，未保存；请先同步最新内容再修改。' })
    const pulled = await owner.ok('pullAnswers', { appId, since: 0 })
    expect(pulled.fields[0]).toMatchObject({ value: '12.46', version: 1 })
    expect(JSON.stringify(pulled)).not.toContain(a.openid)
    expect(audits()).toBe(1)
  })

  it.each([
    ['a $where in a count group', 's5.greenSystem', { factories: '1', $where: '1' }, 'UNSAFE_VALUE_KEY'],
    ['a dotted key in a count group', 's5.greenSystem', { 'a.b': '1' }, 'UNSAFE_VALUE_KEY'],
    ['an undeclared key in a count group', 's5.greenSystem', { factories: '1', sneaky: '2' }, 'UNSAFE_VALUE_KEY'],
    ['an undeclared part in the plan', 's8.plan', { parts: { sneaky: '…' }, indicators: [] }, 'UNSAFE_VALUE_KEY'],
    ['an undeclared year in a year row', 's2.totalOutput', { '2021': '1', '2020': '2' }, 'VALUE_REFUSED']
  ])('refuses %s and stores nothing', async (_n, itemId, value, code) => {
    const { owner, appId } = await team(cloud)
    const r = await owner.patch(appId, [op('op-keys-0001', value, 0, itemId)])
    expect(r.results[0]).toMatchObject({ status: 'refused', code })
    if (code === 'UNSAFE_VALUE_KEY') expect(r.results[0].message).toBe('填写内容中含有不允许的字段名，未保存。')
    expect(fields()).toBe(0)
  })

  it('refuses __proto__ inside a value instead of dropping it', async () => {
    const { owner, appId } = await team(cloud)
    const body = `{"appId":"${appId}","ops":[{"opId":"op-proto-0001","itemId":"s5.greenSystem","baseVersion":0,"value":{"factories":"1","__proto__":{"polluted":"1"}}}]}`
    const r = await postRaw(`${cloud.url}/api/functions/patchAnswers`, body, owner.token)
    expect(r.body.data.results[0]).toMatchObject({ status: 'refused', code: 'UNSAFE_VALUE_KEY', message: '填写内容中含有不允许的字段名，未保存。' })
    expect(fields()).toBe(0)
  })

  it.each([
    ['a right-to-left override', '原因\u202e说明'],
    ['a NUL', '原因\u0000说明'],
    ['a zero-width space', '原因\u200b说明']
  ])('refuses an explanation with %s', async (_n, explanation) => {
    const { a, appId } = await team(cloud)
    const r = await a.patch(appId, [op('op-expl-00001', '12.46', 0, 's2.leadingCagr', explanation)])
    expect(r.results[0]).toMatchObject({ status: 'refused', code: 'INVALID_EXPLANATION', message: '说明中含有控制字符或不可见的方向字符，请删除后重新填写。' })
    expect(fields()).toBe(0)
  })

  it('refuses 80,000 empty operations before looking at any of them', async () => {
    const { a, appId } = await team(cloud)
    const r = await postRaw(`${cloud.url}/api/functions/patchAnswers`, JSON.stringify({ appId, ops: Array.from({ length: 80000 }, () => ({})) }), a.token)
    expect(r.status).toBe(413)
    expect(r.body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', path: 'ops', message: '请求内容过大，请分批提交。' })
    expect(fields()).toBe(0)
  })

  it('refuses a call over the cloud function size limit as a whole', async () => {
    const { owner, appId } = await team(cloud)
    const r = await owner.call('patchAnswers', { appId, ops: [op('op-big-000001', 'x'.repeat(100 * 1024), 0, 's8.plan')] })
    expect(r.body.error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大，请分批提交。' })
    expect(fields()).toBe(0)
  })
})

describe('security on membership', () => {
  it('does not let a removed member rejoin with an invite issued before the removal', async () => {
    const { owner, appId } = await team(cloud)
    const invite = await owner.ok('createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 10 })
    const c = await Client.login(cloud, '被移出者')
    const joined = await c.ok('joinApplication', { token: invite.token })
    await owner.ok('removeMember', { appId, memberId: joined.memberId })
    const r = await c.call('joinApplication', { token: invite.token })
    expect(r.body.error).toEqual({ code: 'INVITE_BEFORE_REMOVAL', message: '您已被移出该申报，之前的邀请对您已失效，请向申报负责人重新获取邀请。' })
    expect((await c.call('getApplication', { appId })).body.error.code).toBe('NOT_MEMBER')
    // Someone else may still use that invite, and a new invite brings the removed member back.
    await (await Client.login(cloud, '新成员')).ok('joinApplication', { token: invite.token })
    await new Promise((resolve) => setTimeout(resolve, 5)) // the new invite is created after the removal
    const fresh = await owner.ok('createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 1 })
    expect((await c.ok('joinApplication', { token: fresh.token })).appId).toBe(appId)
  })

  it('recognises a member following an old link before judging the invite', async () => {
    const { owner, a, appId, memberIds } = await team(cloud)
    const invite = await owner.ok('createInvite', { appId, role: 'operator', expiresInHours: 1, maxUses: 1 })
    await owner.ok('revokeInvite', { appId, token: invite.token })
    const r = await a.call('joinApplication', { token: invite.token })
    expect(r.body).toMatchObject({ ok: true, data: { appId, memberId: memberIds.a, displayName: '财务', sections: ['s2'] } })
    expect(JSON.stringify(r.body)).not.toContain(a.openid)
  })
})

describe('field history pages', () => {
  it('pages past 100 versions with a cursor', async () => {
    const { a, appId } = await team(cloud)
    for (let v = 0; v < 105; v++) await a.patch(appId, [op(`op-page-${String(v).padStart(5, '0')}`, String(v), v)])
    const first = await a.ok('fieldHistory', { appId, itemId: 's2.leadingCagr' })
    expect(first.audit).toHaveLength(100)
    expect(first.next).toBe(100)
    expect(first.history.map((h: { version: number }) => h.version)).toEqual(Array.from({ length: 99 }, (_, i) => i + 1))
    const second = await a.ok('fieldHistory', { appId, itemId: 's2.leadingCagr', after: first.next })
    expect(second.audit.map((x: { version: number }) => x.version)).toEqual([101, 102, 103, 104, 105])
    expect(second.history.map((h: { version: number }) => h.version)).toEqual([100, 101, 102, 103, 104])
    expect(second.next).toBeNull()
  })
})
