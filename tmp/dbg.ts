import { launchChromium, phoneContext } from '../test/helpers/browser'
import { startCloud } from '../test/helpers/localCloud'
import { makeHistory } from '../test/bench/chat.bench'
;(async () => {
  const cloud = await startCloud(undefined, '/work/main/dist/h5')
  const browser = await launchChromium('/work/main/dist/h5')
  const page = await (await phoneContext(browser)).newPage()
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300)) })
  page.on('pageerror', (e) => console.log('pageerror', e.message))
  const { answers, chat } = makeHistory(600)
  console.log('turns', chat.turns.length, JSON.stringify(chat).length)
  await page.goto(`${cloud.url}/`)
  await page.fill('.login__input input', '性能测试')
  await page.click('.login__button')
  await page.waitForSelector('.home__user')
  await page.evaluate(([a, c]) => { localStorage.setItem('cluster-declare.answers.v1', JSON.stringify({ data: a })); localStorage.setItem('cluster-declare.chat.v1', JSON.stringify({ data: c })) }, [JSON.stringify(answers), JSON.stringify(chat)])
  await page.goto(`${cloud.url}/#/pages/chat/index?item=s2.totalOutput&year=2022`)
  await page.waitForTimeout(3000)
  await page.screenshot({ path: '/tmp/dbg.png' })
  console.log(await page.locator('.turn').count(), await page.locator('input').count(), await page.locator('textarea').count())
  await browser.close(); await cloud.close()
})()
