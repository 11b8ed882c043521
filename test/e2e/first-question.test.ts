import type { Page } from 'playwright-core'
import { artifactPath, phoneContext, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()
let page: Page
beforeEach(async () => {
  page = await (await phoneContext(e2e.browser)).newPage()
})
afterEach(async () => {
  await page.context().close()
})

async function devLogin(name: string) {
  await page.goto(`${e2e.cloud.url}/`)
  await page.waitForSelector('.login__input input')
  await page.fill('.login__input input', name)
  await page.click('.login__button')
  await page.waitForSelector('.home__user')
}

describe('a new user on a phone (H5 build against the local cloud)', () => {
  it('is asked for a display name when signing in without one (or with spaces only), in words (no internal field name)', async () => {
    await page.goto(`${e2e.cloud.url}/`)
    await page.waitForSelector('.login__input input')
    await page.fill('.login__input input', '   ')
    await page.click('.login__button')
    await page.waitForSelector('.login__error')
    expect(await page.textContent('.login__error')).toBe('请输入显示名称，例如：张三（财务）。')
  })

  it('logs in as a dev user, opens section 一 and sees its first question with help', async () => {
    await devLogin('张三（园区办）')
    expect(await page.textContent('.home__user')).toBe('当前用户：张三（园区办）')
    await page.click('.home__create')
    await page.click('.name-form__submit') // the name form starts with the login name
    await page.click('.consent__agree')
    await page.waitForSelector('.section-card')
    expect(await page.locator('.section-card').count()).toBe(10)

    await page.click('.section-card[data-section="s1"]')
    await page.waitForSelector('.bubble--bot')
    const question = page.locator('.turn--question').last()
    expect(await question.locator('.bubble__label').textContent()).toBe('集群名称')
    expect(await question.locator('.bubble__hint').textContent()).toBe('（XX市XX县（市、区）XX特色产业集群）')

    await question.locator('.bubble__help-toggle').click()
    await question.locator('.bubble__help-line').first().waitFor()
    expect(await question.locator('.bubble__help').textContent()).toContain('各必填栏目不得空缺')
    await page.screenshot({ path: artifactPath('e2e-first-question.png') })
  })

  it('shows the Chinese reason when the display name is refused and stays on the login page', async () => {
    await page.goto(`${e2e.cloud.url}/`)
    await page.waitForSelector('.login__input input')
    await page.fill('.login__input input', '\u202e张三') // a bidi control: the local cloud refuses it
    await page.click('.login__button')
    await page.waitForSelector('.login__error')
    expect(await page.textContent('.login__error')).toBe('请输入 1–20 个字的显示名称（不含空白或控制字符）。')
    await page.screenshot({ path: artifactPath('e2e-login-refused.png') })
  })

  it('keeps the dev session across a reload', async () => {
    await devLogin('李四（财务）')
    await page.reload()
    await page.waitForSelector('.home__user')
    expect(await page.textContent('.home__user')).toBe('当前用户：李四（财务）')
    await page.screenshot({ path: artifactPath('e2e-home.png') })
  })
})
