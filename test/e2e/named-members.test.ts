import type { Page } from 'playwright-core'
import { artifactPath, fillNameForm, phoneSignedIn, useBrowserAndCloud } from '../helpers/browser'

const nameForm = fillNameForm

const e2e = useBrowserAndCloud()

const login = (name: string): Promise<Page> => phoneSignedIn(e2e, name)

describe('members by name', () => {
  it('shows the unofficial-tool notice and the privacy guide from the home page', async () => {
    const page = await login('看看')
    expect(await page.textContent('.app-notice__text')).toBe('非官方填报辅助工具，正式申报以主管部门要求为准')
    await page.click('.app-notice__link')
    await page.waitForSelector('.privacy__title')
    expect(await page.textContent('.privacy__title')).toBe('集群申报助手隐私保护指引')
    expect(await page.locator('.privacy__heading').allTextContents()).toEqual(['说明', '我们收集哪些信息', '为什么收集', '谁能看到', '如何删除'])
  })

  it('two members join with their names and units; the owner assigns sections by name; no openid reaches the page', async () => {
    const owner = await login('owner-dev')
    await owner.click('.home__create')
    await nameForm(owner, '王主任', '坊子区工信局')
    await owner.waitForSelector('.home__app')
    expect(await owner.textContent('.home__user')).toBe('当前用户：王主任')
    await owner.click('.home__action >> text=邀请成员')
    const inviteText = (await owner.locator('.home__invite').textContent()) ?? ''
    const link = inviteText.slice(inviteText.indexOf('http'))

    const joined: Page[] = []
    for (const [dev, name, unit] of [
      ['dev-1', '李会计', '集群运营公司'],
      ['dev-2', '张工程师', '动力装备研究院']
    ]) {
      const page = await login(dev)
      await page.goto(link)
      await nameForm(page, name, unit)
      await page.waitForSelector('.home__app')
      joined.push(page)
    }

    // A second member may not take a name already used in the application.
    const copycat = await login('dev-3')
    await copycat.goto(link)
    await nameForm(copycat, '李会计', '')
    await copycat.waitForSelector('.name-form__error')
    expect(await copycat.textContent('.name-form__error')).toBe('本申报中已有成员使用这个称呼，请换一个（例如加上姓氏或部门）。')

    await owner.click('.home__action >> text=成员分工')
    await owner.waitForSelector('.member >> text=张工程师 · 填报员')
    expect(await owner.locator('.member__name').allTextContents()).toEqual(expect.arrayContaining(['王主任 · 负责人', '李会计 · 填报员', '张工程师 · 填报员']))
    expect(await owner.locator('.member', { hasText: '李会计' }).locator('.member__unit').textContent()).toBe('集群运营公司')
    expect(await owner.textContent('.members__hint')).toBe('点选下方的部分，分配给该填报员填写；再点一次取消。未分配的部分由负责人填写。')
    for (const [name, section] of [['李会计', '二'], ['张工程师', '三']] as const) {
      const card = owner.locator('.member', { hasText: `${name} · 填报员` })
      await card.locator('.member__section', { hasText: new RegExp(`^${section}$`) }).click()
      await card.locator('.member__section--on', { hasText: new RegExp(`^${section}$`) }).waitFor()
      expect(await owner.textContent('.members__done')).toBe(`已保存：${name}负责“${section === '二' ? '二、主导产业情况' : '三、创新能力情况'}”。`)
    }
    await owner.screenshot({ path: artifactPath('e2e-named-members.png') })
    const html = await owner.content()
    expect(html).not.toMatch(/local_[0-9a-f]{24}/)

    // The operator sees the section the owner gave them by name.
    await joined[0].reload()
    await joined[0].waitForSelector('.home__app-chip')
    await joined[0].click('.home__app-chip')
    await joined[0].waitForFunction(() => document.querySelector('.home__app')?.textContent?.includes('填报员'))
    await joined[0].click('.home__action >> text=继续填报')
    await joined[0].waitForSelector('.turn--question')
    expect(await joined[0].textContent('.chat__section')).toContain('二、')

    // On 成员分工 an operator reads who fills what as lines, with no chips that look tappable.
    await joined[0].goto(`${e2e.cloud.url}/#/pages/members/index`)
    await joined[0].waitForSelector('.member__scope')
    expect(await joined[0].locator('.member__section').count()).toBe(0)
    expect(await joined[0].locator('.member', { hasText: '李会计 · 填报员' }).locator('.member__scope').textContent()).toBe('负责：二、主导产业情况')
    expect(await joined[0].locator('.member', { hasText: '张工程师 · 填报员' }).locator('.member__scope').textContent()).toBe('负责：三、创新能力情况')
  })
})
