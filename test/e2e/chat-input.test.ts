import { artifactPath, phoneSignedIn, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

describe('the chat input between questions (H5, 375×812)', () => {
  it('keeps the same input element from one question to the next, so the keyboard stays open', async () => {
    const page = await phoneSignedIn(e2e, '输入框')
    await page.click('.home__create')
    await sendNameForm(page)
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

  it('keeps text typed and not sent through a reload, and forgets it once sent', async () => {
    const page = await phoneSignedIn(e2e, '草稿')
    await page.click('.home__create')
    await sendNameForm(page)
    await page.click('.section-card[data-section="s1"]')
    await page.waitForSelector('.turn--question')
    await page.fill('.input-bar__input input', '滕州市中小数控')
    await page.waitForTimeout(500) // the page keeps the text shortly after typing stops
    await page.reload()
    await page.waitForSelector('.turn--question')
    expect(await page.inputValue('.input-bar__input input')).toBe('滕州市中小数控')
    await page.fill('.input-bar__input input', '滕州市中小数控机床特色产业集群')
    await page.click('.input-bar__send')
    await page.waitForSelector('.turn--ok')
    await page.reload()
    await page.waitForSelector('.turn--question')
    expect(await page.inputValue('.input-bar__input input')).toBe('')
  })

  it('keeps text typed a moment before the page closed (pagehide), with no wait after typing', async () => {
    const page = await phoneSignedIn(e2e, '急关')
    await page.click('.home__create')
    await sendNameForm(page)
    await page.click('.section-card[data-section="s1"]')
    await page.waitForSelector('.turn--question')
    await page.fill('.input-bar__input input', '滕州市中小数控机床')
    await page.reload() // at once: the 300 ms timer has not run, pagehide keeps the text
    await page.waitForSelector('.turn--question')
    expect(await page.inputValue('.input-bar__input input')).toBe('滕州市中小数控机床')
  })
})
