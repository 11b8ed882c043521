import { createWxStore } from '../ports/wxStore'
import { createWxDatabaseStandIn } from '../../../test/stand-ins/wxDatabase'
import { testContext } from '../../../test/helpers/context'
import { runDefinition } from './define'
import { FUNCTIONS as REGISTRY } from './registry'

/** Calls one function as a WeChat user (no platform name, like the weapp adapter) on a shared store. */
function world() {
  const store = createWxStore(createWxDatabaseStandIn())
  let n = 0
  const random = (bytes: number) => (++n).toString(16).padStart(bytes * 2, '0') // ids unique across calls
  const as = (openid: string) => (name: keyof typeof REGISTRY, event: Record<string, unknown>) =>
    runDefinition(name, REGISTRY[name], event, { ...testContext(openid, undefined, store), random })
  return { as }
}

async function ownerWithInvite(w: ReturnType<typeof world>) {
  const created = await w.as('o_owner')('createApplication', { displayName: '王主任', unit: '坊子区工信局' })
  if (!created.ok) throw new Error(JSON.stringify(created))
  const appId = (created.data as { id: string }).id
  const invite = await w.as('o_owner')('createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 10 })
  if (!invite.ok) throw new Error(JSON.stringify(invite))
  return { appId, token: (invite.data as { token: string }).token }
}

describe('members by name', () => {
  it('refuses to create an application without a name for a WeChat caller, with the Chinese message', async () => {
    const r = await world().as('o_owner')('createApplication', {})
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_DISPLAY_NAME', message: '请输入 1–20 个字的显示名称（不含空白或控制字符）。' } })
  })

  it.each([
    ['an empty name', '   '],
    ['a name over 20 characters', '一二三四五六七八九十一二三四五六七八九十一'],
    ['a control character', '张三\u0007'],
    ['a right-to-left override', '张三\u202e四李'],
    ['a zero-width character', '张\u200b三'],
    ['a line separator', '张三\u2028']
  ])('refuses %s', async (_what, displayName) => {
    const w = world()
    const { token } = await ownerWithInvite(w)
    const r = await w.as('o_a')('joinApplication', { token, displayName })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_DISPLAY_NAME' } })
  })

  it('accepts exactly 20 characters and trims spaces', async () => {
    const w = world()
    const { token } = await ownerWithInvite(w)
    const r = await w.as('o_a')('joinApplication', { token, displayName: '  一二三四五六七八九十一二三四五六七八九十 ' })
    expect(r).toMatchObject({ ok: true, data: { displayName: '一二三四五六七八九十一二三四五六七八九十' } })
  })

  it('refuses a unit with a control character or over 40 characters', async () => {
    const w = world()
    const { token } = await ownerWithInvite(w)
    expect(await w.as('o_a')('joinApplication', { token, displayName: '李四', unit: '单位\u0000' })).toEqual({
      ok: false,
      error: { code: 'INVALID_UNIT', message: '所在单位最多 40 个字，且不能包含控制字符。' }
    })
    expect(await w.as('o_a')('joinApplication', { token, displayName: '李四', unit: '单'.repeat(41) })).toMatchObject({ ok: false, error: { code: 'INVALID_UNIT' } })
  })

  it('refuses a name another member of the application already uses, also in another width or case', async () => {
    const w = world()
    const { appId, token } = await ownerWithInvite(w)
    await w.as('o_a')('joinApplication', { token, displayName: 'Li 四' })
    const r = await w.as('o_b')('joinApplication', { token, displayName: 'ｌｉ 四' })
    expect(r).toEqual({
      ok: false,
      error: { code: 'DISPLAY_NAME_TAKEN', message: '本申报中已有成员使用这个称呼，请换一个（例如加上姓氏或部门）。' }
    })
    const list = await w.as('o_owner')('listMembers', { appId })
    expect((list as { data: unknown[] }).data).toHaveLength(2)
  })

  it('lists members by name and unit with an opaque id and no openid anywhere in the answer', async () => {
    const w = world()
    const { appId, token } = await ownerWithInvite(w)
    await w.as('o_secret_a')('joinApplication', { token, displayName: '李四', unit: '集群运营公司' })
    const list = await w.as('o_secret_a')('listMembers', { appId })
    expect(list.ok).toBe(true)
    const members = (list as { data: { memberId: string; displayName: string; unit: string | null; role: string }[] }).data
    expect(members.map((m) => [m.displayName, m.unit, m.role]).sort()).toEqual([
      ['李四', '集群运营公司', 'operator'],
      ['王主任', '坊子区工信局', 'owner']
    ])
    expect(members.every((m) => /^m_[0-9a-f]{16}$/.test(m.memberId))).toBe(true)
    expect(JSON.stringify(list)).not.toMatch(/o_owner|o_secret_a|openid/i)
    const app = await w.as('o_secret_a')('getApplication', { appId })
    expect(JSON.stringify((app as { data: { application: unknown } }).data.application)).not.toContain('o_owner')
  })

  it('assigns sections and removes a member by member id; an unknown id is NOT_MEMBER', async () => {
    const w = world()
    const { appId, token } = await ownerWithInvite(w)
    const joined = await w.as('o_a')('joinApplication', { token, displayName: '李四' })
    const memberId = (joined as { data: { memberId: string } }).data.memberId
    expect(await w.as('o_owner')('assignSections', { appId, memberId, sections: ['s2'] })).toMatchObject({ ok: true, data: { displayName: '李四', sections: ['s2'] } })
    expect(await w.as('o_owner')('assignSections', { appId, memberId: 'm_unknown', sections: ['s2'] })).toMatchObject({ ok: false, error: { code: 'NOT_MEMBER' } })
    expect(await w.as('o_owner')('assignSections', { appId, memberOpenid: 'o_a', sections: ['s2'] })).toMatchObject({ ok: false, error: { code: 'INVALID_EVENT' } })
    expect(await w.as('o_owner')('removeMember', { appId, memberId })).toEqual({ ok: true, data: { removed: true } })
    expect(await w.as('o_a')('listMembers', { appId })).toMatchObject({ ok: false, error: { code: 'NOT_MEMBER' } })
  })
})

describe('reading an invite before joining', () => {
  it('names the application and the role, without joining anyone', async () => {
    const w = world()
    const { appId, token } = await ownerWithInvite(w)
    const named = await w.as('o_owner')('updateApplication', { appId, clusterName: '潍坊市坊子区动力装备特色产业集群' })
    expect(named.ok).toBe(true)
    const r = await w.as('o_new')('inviteInfo', { token })
    // Who sent it, by name: never an openid.
    expect(r.ok && r.data).toEqual({ clusterName: '潍坊市坊子区动力装备特色产业集群', role: 'operator', alreadyMember: false, invitedBy: '王主任' })
    const members = await w.as('o_owner')('listMembers', { appId })
    expect(members.ok && (members.data as unknown[]).length).toBe(1)
  })

  it('says why an invite cannot be used, in Chinese, and tells an existing member they are one', async () => {
    const w = world()
    const { appId, token } = await ownerWithInvite(w)
    const missing = await w.as('o_new')('inviteInfo', { token: 'no-such-token' })
    expect(missing.ok ? null : missing.error.message).toBe('邀请不存在，请向申报负责人重新获取邀请。')
    await w.as('o_owner')('revokeInvite', { appId, token })
    const revoked = await w.as('o_new')('inviteInfo', { token })
    expect(revoked.ok ? null : revoked.error.message).toBe('邀请已被撤销，请向申报负责人重新获取邀请。')
    const owner = await w.as('o_owner')('inviteInfo', { token })
    expect(owner.ok && (owner.data as { alreadyMember: boolean }).alreadyMember).toBe(true)
  })
})
