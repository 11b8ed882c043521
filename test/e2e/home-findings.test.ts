import { callAs, currentAppId, fillNameForm, phoneSignedIn, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

describe('home’s section cards in the browser build (H5, 375×812)', () => {
  it('loads the rule check on demand and shows a colleague’s answer that fails a 提交 gate on the section’s card', async () => {
    const page = await phoneSignedIn(e2e, '负责人')
    const chunks: string[] = []
    page.on('request', (r) => {
      if (/\/js\/pages\/chat\/home-progress\.[0-9a-f]+\.js$/.test(r.url())) chunks.push(r.url())
    })
    await page.click('.home__create')
    await fillNameForm(page, '王负责', '坊子区工信局')
    await page.waitForSelector('.home__app')
    const appId = await currentAppId(page)
    // 近三年发生较大及以上事故: accepted when saved, refused by the 提交 gate (GATE_FAILED, section 一).
    const r = await callAs(page, 'patchAnswers', { appId, ops: [{ opId: 'op-e2e-home-0001', itemId: 's1.incidents', value: 's1.incidents.1', baseVersion: 0 }] })
    expect(r.ok && r.data.results[0].status).toBe('accepted')
    chunks.length = 0
    await page.reload()
    await page.waitForFunction(() => document.querySelector('.section-card[data-section="s1"]')?.textContent?.includes('错误 1 处'))
    // A chunk of its own, fetched once per page load.
    expect(chunks).toHaveLength(1)
  })
})
