import { testContext } from '../../../test/helpers/context'
import { runFunction } from './registry'

const NOW = '2024-04-27T02:00:00.000Z'

async function ownerApp() {
  const owner = testContext('o_owner', NOW)
  const created = await runFunction('createApplication', { displayName: '王负责', deadline: '2024-04-30' }, owner)
  if (!created.ok) throw new Error(created.error.code)
  return { owner, appId: (created.data as { id: string }).id, as: (openid: string) => testContext(openid, NOW, owner.store) }
}

describe('grantReminderCredit', () => {
  it('stores one credit per accepted template and answers with the caller’s count', async () => {
    const { owner } = await ownerApp()
    expect(await runFunction('grantReminderCredit', { templates: ['deadline'] }, owner)).toEqual({ ok: true, data: { credits: { deadline: 1 } } })
    expect(await runFunction('grantReminderCredit', { templates: ['deadline'] }, owner)).toEqual({ ok: true, data: { credits: { deadline: 2 } } })
  })

  it.each([
    [{ templates: ['weekly'] }, '请求参数不正确。（字段：templates.0）'],
    [{ templates: [] }, '请求参数不正确。（字段：templates）'],
    [{ templates: ['deadline', 'deadline'] }, '请求参数不正确。（字段：templates）'],
    [{ templates: 'deadline' }, '请求参数不正确。（字段：templates）'],
    [{}, '请求参数不正确。（字段：templates）'],
    [{ templates: ['deadline'], count: 5 }, '请求参数不正确。（字段：count）']
  ])('refuses %p with a Chinese message, storing nothing', async (event, message) => {
    const { owner } = await ownerApp()
    const r = await runFunction('grantReminderCredit', event, owner)
    expect(r.ok ? null : r.error).toEqual({ code: 'INVALID_EVENT', path: message.slice(message.indexOf('：') + 1, -1), message })
    expect(await owner.store.reminderCredits(['o_owner'], 'deadline')).toEqual({ o_owner: 0 })
  })

  it('refuses more than three templates before reading them, and a credit for someone else', async () => {
    const { owner } = await ownerApp()
    expect(await runFunction('grantReminderCredit', { templates: ['deadline', 'deadline', 'deadline', 'deadline'] }, owner)).toEqual({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE', path: 'templates', message: '请求内容过大，请分批提交。' }
    })
    expect(await runFunction('grantReminderCredit', { templates: ['deadline'], openid: 'o_other' }, owner)).toEqual({
      ok: false,
      error: { code: 'CALLER_IN_EVENT', path: 'openid', message: '请求中不能指定用户身份，身份由平台确定。' }
    })
    expect(await runFunction('grantReminderCredit', { templates: ['deadline'] }, { ...owner, caller: null })).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '尚未登录或登录已失效，请重新登录。' }
    })
    expect(await owner.store.reminderCredits(['o_owner', 'o_other'], 'deadline')).toEqual({ o_owner: 0, o_other: 0 })
  })
})

describe('reminderStatus', () => {
  it('tells a member their credits, the schedule and the county’s returned items', async () => {
    const { owner, appId } = await ownerApp()
    await runFunction('grantReminderCredit', { templates: ['deadline'] }, owner)
    expect(await runFunction('reminderStatus', { appId }, owner)).toEqual({ ok: true, data: { role: 'owner', sections: [], credits: { deadline: 1 }, daysBefore: [7, 3, 1, 0], returned: [] } })
  })

  it('refuses someone who is not a member, and a bad application id', async () => {
    const { appId, as } = await ownerApp()
    expect(await runFunction('reminderStatus', { appId }, as('o_stranger'))).toEqual({ ok: false, error: { code: 'NOT_MEMBER', message: '您不是该申报的成员，或已被移出。' } })
    expect(await runFunction('reminderStatus', { appId: '' }, as('o_stranger'))).toEqual({ ok: false, error: { code: 'INVALID_EVENT', path: 'appId', message: '请求参数不正确。（字段：appId）' } })
  })
})

describe('listMessages', () => {
  it('lists nothing before any reminder, and refuses a bad limit', async () => {
    const { owner } = await ownerApp()
    expect(await runFunction('listMessages', {}, owner)).toEqual({ ok: true, data: [] })
    expect(await runFunction('listMessages', { limit: 0 }, owner)).toEqual({ ok: false, error: { code: 'INVALID_EVENT', path: 'limit', message: '请求参数不正确。（字段：limit）' } })
    expect(await runFunction('listMessages', { limit: 51 }, owner)).toMatchObject({ ok: false, error: { code: 'INVALID_EVENT' } })
  })
})
