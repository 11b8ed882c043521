import type { Page } from 'playwright-core'
import { dueDeadlines } from '../../src/reminders'
import { artifactPath, callAs, currentAppId, phoneSignedIn, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()
const CLUSTER = '潍坊市坊子区动力装备特色产业集群'
/** Three days from today in Shanghai: a reminder day under the 7, 3, 1, 0 policy. */
const DEADLINE = dueDeadlines(new Date(), [3])[0]

/** The dev endpoint of the local cloud: one reminder scan now, as the timer would run it. */
const scanNow = (page: Page) =>
  page.evaluate(async () => {
    const session = JSON.parse(localStorage.getItem('cluster-declare.devSession') as string)
    const res = await fetch('/api/dev/reminders/scan', { method: 'POST', headers: { authorization: `Bearer ${session.token}` } })
    return res.json()
  })

describe('a reminder for an unfinished section (H5, 375×812)', () => {
  it('reaches the operator on the 消息 page after the scan, and tapping it opens the chat at the first missing question', async () => {
    const owner = await phoneSignedIn(e2e, '负责人')
    await owner.click('.home__create')
    await sendNameForm(owner)
    await owner.waitForSelector('.home__app')
    const appId = await currentAppId(owner)
    expect((await callAs(owner, 'updateApplication', { appId, clusterName: CLUSTER, deadline: DEADLINE })).ok).toBe(true)
    const invite = await callAs(owner, 'createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 1 })

    const operator = await phoneSignedIn(e2e, '财务')
    await operator.goto(`${e2e.cloud.url}/#/pages/index/index?invite=${invite.data.token}`)
    await sendNameForm(operator)
    await operator.waitForSelector('.home__app')
    const members = (await callAs(owner, 'listMembers', { appId })).data as { memberId: string; displayName: string }[]
    const finance = members.find((m) => m.displayName === '财务') as { memberId: string }
    expect((await callAs(owner, 'assignSections', { appId, memberId: finance.memberId, sections: ['s2'] })).ok).toBe(true)

    // 我的待办 on the operator's home: the assigned section, the deadline, no reminders yet.
    await operator.goto(`${e2e.cloud.url}/#/pages/index/index`)
    await operator.reload()
    await operator.waitForFunction(() => Array.from(document.querySelectorAll('.todo__item'), (n) => n.textContent).includes('二、主导产业情况：还有 20 项必填未填写'))
    expect(await operator.locator('.todo__item').allTextContents()).toEqual(['二、主导产业情况：还有 20 项必填未填写'])
    // The banner's deadline line appears once the application record has been read (before that it says nothing).
    await operator.waitForSelector('.deadline__date')
    expect(await operator.textContent('.deadline__date')).toBe(`截止日期：${DEADLINE}（还剩 3 天）`)
    await operator.waitForFunction(() => document.querySelector('.todo__credits')?.textContent === '您还没有订阅截止提醒，截止前不会收到提醒')
    expect(await operator.textContent('.todo__note')).toBe('浏览器版没有微信订阅消息：每点一次“接收截止提醒”记 1 条提醒，提醒显示在“消息”页。')
    await operator.click('.todo__subscribe')
    await operator.waitForFunction(() => document.querySelector('.todo__credits')?.textContent === '还可收到 1 条截止提醒')
    await operator.screenshot({ path: artifactPath('e2e-reminders-todo.png'), fullPage: true })

    const scan = await scanNow(operator)
    expect(scan).toMatchObject({ ok: true, data: { applications: 1, sent: 1, noCredit: 1, done: true } })
    expect((await scanNow(owner)).data).toMatchObject({ sent: 0 })

    await operator.click('.todo__messages')
    await operator.waitForSelector('.message__body')
    expect(await operator.locator('.message__title').allTextContents()).toEqual([CLUSTER])
    expect(await operator.locator('.message__body').allTextContents()).toEqual(['您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。'])
    expect(await operator.locator('.message__deadline').allTextContents()).toEqual([`截止日期：${DEADLINE}（还剩 3 天）`])
    await operator.screenshot({ path: artifactPath('e2e-reminders-messages.png'), fullPage: true })

    await operator.click('.message')
    await operator.waitForSelector('.turn--question')
    expect(operator.url()).toContain('/pages/chat/index?item=s2.totalOutput')
    expect(await operator.locator('.turn--question .bubble__label').last().textContent()).toBe('集群总产值（亿元）')
    expect(await operator.locator('.turn--question .bubble__expects').allTextContents()).toEqual(['请分别填写2021年、2022年、2023年的数值（单位：亿元）'])
    await operator.screenshot({ path: artifactPath('e2e-reminders-chat.png') })
  })
})
