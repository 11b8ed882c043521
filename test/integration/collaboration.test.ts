import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'
import { Client, team } from '../helpers/client'
import { postRaw, rowCount, startCloud } from '../helpers/localCloud'

type Cloud = Awaited<ReturnType<typeof startCloud>>
let cloud: Cloud
beforeEach(async () => {
  cloud = await startCloud()
})
afterEach(() => cloud.close())

const S2 = Object.keys(COMPLETE_APPLICATION).filter((id) => id.startsWith('s2.'))
const S3 = Object.keys(COMPLETE_APPLICATION).filter((id) => id.startsWith('s3.'))

const fieldCount = (dataDir: string) => rowCount(dataDir, 'fields')

describe('several operators, one application (real HTTP, SQLite file)', () => {
  it('lets the owner and two operators fill different sections at the same time', async () => {
    const { owner, a, b, appId } = await team(cloud)
    const write = (c: Client, ids: string[]) => Promise.all(ids.map((id) => c.patch(appId, [{ itemId: id, value: COMPLETE_APPLICATION[id]!.value, baseVersion: 0 }])))
    await Promise.all([write(a, S2), write(b, S3), write(owner, ['s1.clusterName', 's1.area', 'cover.region'])])
    const pulled = await owner.ok('pullAnswers', { appId, since: 0 })
    expect(pulled.fields.map((f: { itemId: string }) => f.itemId).sort()).toEqual([...S2, ...S3, 's1.clusterName', 's1.area', 'cover.region'].sort())
    expect(pulled.fields.find((f: { itemId: string }) => f.itemId === 's2.totalOutput').value).toEqual({ '2021': '118.36', '2022': '131.52', '2023': '146.80' })
  })

  it('detects a conflict on one field, keeps both values in its history and tells both users', async () => {
    const { owner, a, appId } = await team(cloud)
    const first = await a.patch(appId, [{ itemId: 's2.leadingCagr', value: '12.46', baseVersion: 0 }])
    expect(first.results[0]).toMatchObject({ status: 'accepted', version: 1 })
    // The owner edits the same field from version 0 (not having seen a's write).
    const second = await owner.patch(appId, [{ itemId: 's2.leadingCagr', value: '12.50', baseVersion: 0 }])
    expect(second.results[0]).toMatchObject({ status: 'conflict', version: 2, otherName: '财务', otherValue: '12.46' })
    expect(JSON.stringify(second)).not.toContain(a.openid)
    const h = await owner.ok('fieldHistory', { appId, itemId: 's2.leadingCagr' })
    expect(h.history.map((x: { value: string; conflict: boolean }) => [x.value, x.conflict])).toEqual([['12.46', true]])
    expect(h.audit.map((x: { newValue: string }) => x.newValue)).toEqual(['12.46', '12.50'])
    expect(h.audit.map((x: { byName: string }) => x.byName)).toEqual(['财务', '负责人'])
    expect(JSON.stringify(h)).not.toMatch(/local_/)
    const aPull = await a.ok('pullAnswers', { appId, since: 0 })
    expect(aPull.conflicts).toEqual([expect.objectContaining({ itemId: 's2.leadingCagr', keptValue: '12.50', lostValue: '12.46', otherName: '负责人' })])
    expect(JSON.stringify(aPull)).not.toContain(owner.openid)
    expect(aPull.fields.find((f: { itemId: string }) => f.itemId === 's2.leadingCagr').value).toBe('12.50')
  })

  it('applies a retried operation once (idempotent by opId)', async () => {
    const { a, appId } = await team(cloud)
    const op = { opId: 'op-retry-000001', itemId: 's2.leadingCagr', value: '12.46', baseVersion: 0 }
    const r1 = await a.patch(appId, [op])
    const r2 = await a.patch(appId, [op])
    expect(r2.results[0]).toEqual(r1.results[0])
    const h = await a.ok('fieldHistory', { appId, itemId: 's2.leadingCagr' })
    expect(h.audit).toHaveLength(1)
  })

  it('refuses a value the rules cannot parse, with its rule codes, and stores nothing', async () => {
    const { a, appId } = await team(cloud)
    const r = await a.patch(appId, [{ itemId: 's2.totalOutput', value: { '2021': 'NaN' }, baseVersion: 0 }])
    expect(r.results[0]).toMatchObject({ status: 'refused', code: 'VALUE_REFUSED', rules: ['NUMBER_INVALID'] })
    expect(fieldCount(cloud.dataDir)).toBe(0)
  })

  it('tells every member which sections active operators were given (the owner’s chat walks the others)', async () => {
    const { owner, a, appId, memberIds } = await team(cloud)
    expect((await owner.ok('getApplication', { appId })).assigned.sort()).toEqual(['s2', 's3'])
    await owner.ok('removeMember', { appId, memberId: memberIds.b })
    expect((await a.ok('getApplication', { appId })).assigned).toEqual(['s2'])
  })

  it('lets only the owner set the cluster name, region and deadline', async () => {
    const { owner, a, appId } = await team(cloud)
    const updated = await owner.ok('updateApplication', { appId, deadline: '2024-05-10', region: { city: '潍坊市', county: '坊子区' } })
    expect(updated).toMatchObject({ deadline: '2024-05-10', version: 2 })
    expect((await a.call('updateApplication', { appId, deadline: '2024-06-01' })).body.error.code).toBe('OWNER_ONLY')
    expect((await a.ok('getApplication', { appId })).application.deadline).toBe('2024-05-10')
  })

  it('lists a member’s applications and refuses them to others', async () => {
    const { a, appId } = await team(cloud)
    expect((await a.ok('listMyApplications')).map((x: { id: string }) => x.id)).toEqual([appId])
    const stranger = await Client.login(cloud, '路人')
    expect(await stranger.ok('listMyApplications')).toEqual([])
    expect((await stranger.call('getApplication', { appId })).body.error.code).toBe('NOT_MEMBER')
  })

  it('stores numbers canonically (two decimals)', async () => {
    const { a, appId } = await team(cloud)
    await a.patch(appId, [{ itemId: 's2.leadingCagr', value: '１２．４６５', baseVersion: 0 }])
    const pulled = await a.ok('pullAnswers', { appId, since: 0 })
    expect(pulled.fields[0].value).toBe('12.47')
  })
})

describe('security: each refused with a clear code and nothing written', () => {
  it.each([
    ['a non-member', async (t: Awaited<ReturnType<typeof team>>) => (await Client.login(cloud, '外人')).call('patchAnswers', { appId: t.appId, ops: [{ opId: 'op-sec-000001', itemId: 's2.leadingCagr', value: '1', baseVersion: 0 }] }), 'NOT_MEMBER'],
    [
      'a removed member',
      async (t: Awaited<ReturnType<typeof team>>) => {
        await t.owner.ok('removeMember', { appId: t.appId, memberId: t.memberIds.a })
        return t.a.call('patchAnswers', { appId: t.appId, ops: [{ opId: 'op-sec-000002', itemId: 's2.leadingCagr', value: '1', baseVersion: 0 }] })
      },
      'NOT_MEMBER'
    ],
    ['an operator writing another’s section', async (t: Awaited<ReturnType<typeof team>>) => t.a.call('patchAnswers', { appId: t.appId, ops: [{ opId: 'op-sec-000003', itemId: 's3.pctApplications', value: '1', baseVersion: 0 }] }), 'SECTION_NOT_ASSIGNED'],
    ['a reviewer writing', async (t: Awaited<ReturnType<typeof team>>) => t.reviewer.call('patchAnswers', { appId: t.appId, ops: [{ opId: 'op-sec-000004', itemId: 's2.leadingCagr', value: '1', baseVersion: 0 }] }), 'READ_ONLY_ROLE'],
    ['a forged openid in the event', async (t: Awaited<ReturnType<typeof team>>) => t.a.call('patchAnswers', { appId: t.appId, openid: t.owner.openid, ops: [{ opId: 'op-sec-000005', itemId: 's3.pctApplications', value: '1', baseVersion: 0 }] }), 'CALLER_IN_EVENT'],
    ['a forged user id in the event', async (t: Awaited<ReturnType<typeof team>>) => t.a.call('patchAnswers', { appId: t.appId, userId: t.owner.openid, ops: [{ opId: 'op-sec-000006', itemId: 's3.pctApplications', value: '1', baseVersion: 0 }] }), 'CALLER_IN_EVENT'],
    ['an operator creating invites', async (t: Awaited<ReturnType<typeof team>>) => t.a.call('createInvite', { appId: t.appId, role: 'operator', expiresInHours: 1, maxUses: 1 }), 'OWNER_ONLY'],
    ['an oversized payload', async (t: Awaited<ReturnType<typeof team>>) => postRaw(`${cloud.url}/api/functions/patchAnswers`, JSON.stringify({ appId: t.appId, ops: [{ opId: 'op-sec-000007', itemId: 's2.chainNarrative', value: 'x'.repeat(300000), baseVersion: 0 }] }), t.a.token), 'PAYLOAD_TOO_LARGE'],
    ['an unknown function', async (t: Awaited<ReturnType<typeof team>>) => t.a.call('dropAnswers', { appId: t.appId }), 'UNKNOWN_FUNCTION'],
    ['malformed JSON', async (t: Awaited<ReturnType<typeof team>>) => postRaw(`${cloud.url}/api/functions/patchAnswers`, '{"appId": ', t.a.token), 'MALFORMED_JSON'],
    ['too many operations in one batch', async (t: Awaited<ReturnType<typeof team>>) => t.a.call('patchAnswers', { appId: t.appId, ops: Array.from({ length: 51 }, (_, i) => ({ opId: `op-many-${String(i).padStart(6, '0')}`, itemId: 's2.leadingCagr', value: '1', baseVersion: 0 })) }), 'PAYLOAD_TOO_LARGE']
  ])('%s', async (_name, attempt, code) => {
    const t = await team(cloud)
    const r = await attempt(t)
    const error = r.body.ok ? r.body.data.results?.[0] : r.body.error
    expect(error.code).toBe(code)
    expect(fieldCount(cloud.dataDir)).toBe(0)
  })

  it.each([
    ['expired', { expiresInHours: 1 }, 'INVITE_EXPIRED'],
    ['revoked', { revoke: true }, 'INVITE_REVOKED'],
    ['used up', { useUp: true }, 'INVITE_USED_UP']
  ])('refuses an %s invite', async (_n, how, code) => {
    const { owner, appId } = await team(cloud)
    const invite = await owner.ok('createInvite', { appId, role: 'operator', expiresInHours: 1, maxUses: 1 })
    if ('revoke' in how) await owner.ok('revokeInvite', { appId, token: invite.token })
    if ('useUp' in how) await (await Client.login(cloud, '第一人')).ok('joinApplication', { token: invite.token })
    if ('expiresInHours' in how) {
      await cloud.close()
      cloud = await startCloud(cloud.dataDir, undefined, () => new Date(Date.now() + 2 * 3600 * 1000))
    }
    const late = await Client.login(cloud, '迟到者')
    const r = await late.call('joinApplication', { token: invite.token })
    expect(r.body.error.code).toBe(code)
    expect(await late.call('listMembers', { appId })).toMatchObject({ body: { error: { code: 'NOT_MEMBER' } } })
  })
})
