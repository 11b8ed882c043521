import type { Page } from 'playwright-core'
import { artifactPath, phoneSignedIn, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

const login = (name: string): Promise<Page> => phoneSignedIn(e2e, name)

/** An operator opens the invite link in their own browser and joins. */
async function open(name: string, link: string): Promise<Page> {
  const page = await login(name)
  await page.goto(link)
  await sendNameForm(page)
  await page.waitForSelector('.home__app')
  return page
}

async function send(page: Page, text: string) {
  const before = await page.evaluate(() => Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '')
  await page.fill('.input-bar__input input', text)
  await page.click('.input-bar__send')
  await page.waitForFunction((id) => (Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '') !== id, before)
}

describe('two operators in two browsers', () => {
  it('see each other’s answers after a pull', async () => {
    // The owner, in a browser of their own: a new application, an invite link, and sections for each operator.
    const owner = await login('负责人')
    await owner.click('.home__create')
    await sendNameForm(owner)
    await owner.waitForSelector('.home__app')
    await owner.click('.home__action >> text=邀请成员')
    const inviteText = (await owner.locator('.home__invite').textContent()) ?? ''
    const link = inviteText.slice(inviteText.indexOf('http'))
    expect(link).toMatch(/#\/pages\/index\/index\?invite=[0-9a-f]+$/)
    const finance = await open('财务', link)
    const tech = await open('科技', link)
    await owner.click('.home__action >> text=成员分工')
    await owner.waitForSelector('.member')
    const year = new Date().getFullYear() + 1 // a deadline already past is refused
    await owner.fill('.settings__input--deadline input', `${year}年4月30日`)
    await owner.click('.settings__save')
    await owner.waitForSelector('.settings__note--ok')
    expect(await owner.textContent('.settings__note')).toBe(`已保存：截止日期 ${year}-04-30。`)
    for (const [name, section] of [['财务', '二'], ['科技', '三']] as const) {
      const card = owner.locator('.member', { hasText: `${name} · 填报员` })
      await card.locator('.member__section', { hasText: new RegExp(`^${section}$`) }).click()
      await card.locator('.member__section--on', { hasText: new RegExp(`^${section}$`) }).waitFor()
    }
    await owner.screenshot({ path: artifactPath('e2e-members.png') })
    for (const page of [finance, tech]) {
      await page.reload()
      await page.waitForSelector('.home__app')
      await page.click('.home__app-chip')
      await page.waitForSelector('.section-card')
      expect(await page.textContent('.home__app')).toBe('当前申报：未命名申报 · 填报员')
    }

    await finance.click('.home__action >> text=继续填报')
    await finance.waitForSelector('.turn--question')
    await send(finance, '118.36 131.52 146.8')
    await finance.waitForSelector('.chat__sync:not(.chat__sync--pending)')

    await tech.click('.home__action >> text=继续填报')
    await tech.waitForSelector('.turn--question')
    expect(await tech.locator('.turn--question .bubble__label').last().textContent()).toBe('集群中小企业近三年研发投入强度（%）')
    await send(tech, '3.2 3.45 3.78')
    await tech.waitForSelector('.chat__sync:not(.chat__sync--pending)')

    // Each opens the other's section: the table view pulls and shows the other's answer.
    await tech.goto(`${e2e.cloud.url}/#/pages/table/index?section=s2`)
    await tech.waitForSelector('.table__row[data-item-id="s2.totalOutput"] .table__value:not(.table__value--empty)')
    expect(await tech.locator('.table__row[data-item-id="s2.totalOutput"] .ft-td').allTextContents()).toEqual(['2021年', '2022年', '2023年', '118.36', '131.52', '146.80'])
    await tech.screenshot({ path: artifactPath('e2e-two-operators-tech-sees-finance.png') })

    await finance.goto(`${e2e.cloud.url}/#/pages/table/index?section=s3`)
    await finance.waitForSelector('.table__row[data-item-id="s3.rdIntensity"] .table__value:not(.table__value--empty)')
    expect(await finance.locator('.table__row[data-item-id="s3.rdIntensity"] .ft-td').allTextContents()).toEqual(['2021年', '2022年', '2023年', '3.20', '3.45', '3.78'])

    // The owner corrects one year of finance's answer from the table; finance's 修改记录 says who changed what.
    await owner.goto(`${e2e.cloud.url}/#/pages/table/index?section=s2`)
    await owner.click('.table__row[data-item-id="s2.totalOutput"] .ft-label')
    await owner.waitForSelector('.turn--question')
    await send(owner, '118.36 131.52 150')
    await owner.waitForSelector('.chat__sync:not(.chat__sync--pending)')
    // 二 and 三 are the operators': after the correction the owner's chat goes on in the owner's own sections.
    const nextItem = await owner.locator('.turn--question .bubble').last().getAttribute('data-item-id')
    expect(nextItem?.startsWith('s2.') || nextItem?.startsWith('s3.')).toBe(false)
    // From 总览, the link under the section's head (the way a member finds the table).
    await finance.goto(`${e2e.cloud.url}/#/pages/overview/index`)
    const tableLink = finance.locator('.overview__section[data-section="s2"] .overview__table')
    expect(await tableLink.textContent()).toBe('按表格查看全部答案和修改记录 ›')
    await tableLink.click()
    await finance.waitForFunction(() => Array.from(document.querySelectorAll('.table__row[data-item-id="s2.totalOutput"] .ft-td'), (c) => c.textContent).includes('150.00'))
    await finance.click('.table__row[data-item-id="s2.totalOutput"] .ft-history')
    await finance.waitForSelector('.changelog__line')
    expect(await finance.locator('.changelog__title').textContent()).toBe('修改记录：集群总产值（亿元）')
    expect((await finance.locator('.changelog__who').allTextContents()).map((t) => t.split('　')[1])).toEqual(['负责人', '财务'])
    expect(await finance.locator('.changelog__text').allTextContents()).toEqual(['改为：2021年 118.36，2022年 131.52，2023年 150.00（亿元）', '填写：2021年 118.36，2022年 131.52，2023年 146.80（亿元）'])
    expect(await finance.locator('.changelog__before').allTextContents()).toEqual(['原为：2021年 118.36，2022年 131.52，2023年 146.80（亿元）'])
    await finance.screenshot({ path: artifactPath('e2e-two-operators-change-log.png') })
    await finance.click('.changelog__close')
    await finance.waitForSelector('.changelog', { state: 'detached' })

    // Back in the chat, finance is told once who changed their answer (the table's sync found it).
    await finance.goto(`${e2e.cloud.url}/#/pages/chat/index`)
    const told = '负责人修改了您填写的“集群总产值（亿元）”，现为：2021年 118.36，2022年 131.52，2023年 150.00（亿元）；原为：2021年 118.36，2022年 131.52，2023年 146.80（亿元）。如有疑问，请与负责人核对。'
    await finance.locator('.turn__text', { hasText: told }).waitFor()
    expect(await finance.locator('.turn__text', { hasText: '修改了您填写的' }).allTextContents()).toEqual([told])
    await finance.screenshot({ path: artifactPath('e2e-two-operators-told.png') })
    await finance.reload()
    await finance.waitForSelector('.turn--question')
    expect(await finance.locator('.turn__text', { hasText: '修改了您填写的' }).count()).toBe(1)
  })
})
