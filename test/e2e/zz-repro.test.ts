import { PATENT_HEADER, patentNumber, patentRows, toCsv } from '../fixtures/patentRows'
import { callAs, currentAppId, phoneSignedIn, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

it('repro: an entry added in the chat to an imported list is stored', async () => {
  const page = await phoneSignedIn(e2e, '负责人')
  await page.click('.home__create')
  await sendNameForm(page)
  await page.waitForSelector('.home__app')
  const appId = await currentAppId(page)
  const text = toCsv(PATENT_HEADER, patentRows(3), '\t')
  const p = await callAs(page, 'previewListImport', { appId, itemId: 's3.patentList', source: { text } })
  const c = await callAs(page, 'confirmListImport', { appId, itemId: 's3.patentList', source: { text }, mode: 'replace', baseVersion: p.data.baseVersion, opId: 'import-repro-1' })
  console.log(JSON.stringify(c))
  await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s3.patentList`)
  await page.reload()
  await page.waitForSelector('.turn--question')
  const send = async (t: string) => {
    const n = await page.locator('.turn').count()
    await page.fill('.input-bar__input input', t)
    await page.click('.input-bar__send')
    await page.waitForFunction((k) => document.querySelectorAll('.turn').length > k + 1, n)
    await page.waitForTimeout(300)
  }
  for (const t of ['再加一条', '一种新装置', '发明专利', patentNumber(300001), '山东新装置有限公司', '2023-06-01', '完成']) await send(t)
  await page.waitForTimeout(3000)
  console.log((await page.locator('.turn__text').allTextContents()).slice(-8).join('\n'))
  const outbox = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('sync')).map((k) => k + ' ' + localStorage.getItem(k)?.slice(0, 600)))
  console.log(outbox.join('\n'))
  const pulled = await callAs(page, 'pullAnswers', { appId, since: 0 })
  console.log(JSON.stringify(pulled.data.fields.map((f: { itemId: string }) => f.itemId)))
})
