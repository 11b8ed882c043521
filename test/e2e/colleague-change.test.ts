import { artifactPath, callAs, currentAppId, phoneSignedIn, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

describe('a colleague changes an answer while its writer is in the chat', () => {
  it('is told within the chat’s 30 s pull, without leaving the page', async () => {
    const owner = await phoneSignedIn(e2e, '负责人')
    await owner.click('.home__create')
    await sendNameForm(owner)
    await owner.waitForSelector('.home__app')
    const appId = await currentAppId(owner)
    const invite = await callAs(owner, 'createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 1 })
    const finance = await phoneSignedIn(e2e, '财务')
    await finance.goto(`${e2e.cloud.url}/#/pages/index/index?invite=${invite.data.token}`)
    await sendNameForm(finance)
    await finance.waitForSelector('.home__app')
    const members = (await callAs(owner, 'listMembers', { appId })).data as { memberId: string; displayName: string }[]
    const memberId = members.find((m) => m.displayName === '财务')?.memberId
    expect((await callAs(owner, 'assignSections', { appId, memberId, sections: ['s2'] })).ok).toBe(true)

    // The writer's page runs on a clock the test moves (the chat pulls on its 5 s timer, every sixth tick).
    await finance.clock.install()
    await finance.goto(`${e2e.cloud.url}/#/pages/chat/index?section=s2`)
    await finance.waitForSelector('.turn--question')
    await finance.fill('.input-bar__input input', '118.36 131.52 146.8')
    await finance.click('.input-bar__send')
    await finance.waitForSelector('.turn--ok')
    await finance.clock.runFor(5_000)
    await finance.waitForSelector('.chat__sync:not(.chat__sync--pending)')

    const changed = await callAs(owner, 'patchAnswers', { appId, ops: [{ opId: 'op-e2e-colleague-0001', itemId: 's2.totalOutput', value: { '2021': '118.36', '2022': '131.52', '2023': '150.00' }, baseVersion: 1 }] })
    expect(changed.data.results[0].status).toBe('accepted')

    const told = '负责人修改了您填写的“集群总产值（亿元）”，现为：2021年 118.36，2022年 131.52，2023年 150.00（亿元）；原为：2021年 118.36，2022年 131.52，2023年 146.80（亿元）。如有疑问，请与负责人核对。'
    expect(await finance.locator('.turn__text', { hasText: '修改了您填写的' }).count()).toBe(0)
    await finance.clock.runFor(31_000)
    await finance.locator('.turn__text', { hasText: told }).waitFor()
    await finance.screenshot({ path: artifactPath('e2e-colleague-change-told.png') })
  })
})
