import { artifactPath, phoneContext, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

describe('the chat input between questions (H5, 375×812)', () => {
  it('keeps the same input element from one question to the next, so the keyboard stays open', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage()
    await page.goto(`${e2e.cloud.url}/`)
    await page.fill('.login__input input', '输入框')
    await page.click('.login__button')
    await page.waitForSelector('.home__user')
    await page.click('.home__create')
    await page.click('.name-form__submit')
    await page.click('.consent__agree')
    await page.click('.section-card[data-section="s2"]')
    await page.waitForSelector('.turn--question')
    const input = await page.$('.input-bar__input input')
    const questions = await page.locator('.turn--question').count()
    await page.fill('.input-bar__input input', '118.36 131.52 146.8')
    await page.click('.input-bar__send')
    await page.waitForFunction((n) => document.querySelectorAll('.turn--question').length > n, questions)
    expect(await input?.evaluate((el) => el.isConnected)).toBe(true)
    expect(await input?.evaluate((el) => (el as HTMLInputElement).value)).toBe('')
    await page.screenshot({ path: artifactPath('e2e-chat-input.png') })
  })
})
