/**
 * In Chromium against the H5 build: a chat page holding 600 turns of history; each timed answer runs from
 * the send tap to the next question in the DOM (measured inside the page). Heap from CDP Performance.getMetrics.
 */
import { launchChromium, phoneContext } from '../helpers/browser'
import { startCloud } from '../helpers/localCloud'
import { makeHistory } from './chat.bench'

export async function benchChatBrowser(h5Dir: string): Promise<Record<string, number>> {
  const cloud = await startCloud(undefined, h5Dir)
  const browser = await launchChromium(h5Dir)
  try {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const { answers, chat } = makeHistory(600)
    await page.goto(`${cloud.url}/`)
    await page.waitForSelector('.login__input input')
    await page.fill('.login__input input', '性能测试')
    await page.click('.login__button')
    await page.waitForSelector('.home__user')
    await page.click('.home__create')
    await page.click('.name-form__submit') // the name form starts with the login name
    await page.click('.consent__agree')
    await page.waitForSelector('.home__app')
    // Taro H5 storage keeps {data} wrappers in localStorage (setStorageSync); device keys are per application
    // (the single answers key is moved into per-section keys on first read).
    await page.evaluate(
      ([a, c]) => {
        const app = JSON.parse(JSON.parse(localStorage.getItem('cluster-declare.currentApp.v1') as string).data).appId
        localStorage.setItem(`cluster-declare.${app}.answers.v1`, JSON.stringify({ data: a }))
        localStorage.setItem(`cluster-declare.${app}.chat.v1`, JSON.stringify({ data: c }))
      },
      [JSON.stringify(answers), JSON.stringify(chat)]
    )
    await page.goto(`${cloud.url}/#/pages/chat/index?item=s2.totalOutput&year=2022`)
    await page.waitForSelector('.turn--question')
    const times: number[] = []
    for (let i = 0; i < 40; i++) {
      await page.fill('.input-bar__input input', String(131 + (i % 3)))
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const last = () => Array.from(document.querySelectorAll('.turn')).pop()
            const before = last()?.id
            const t0 = performance.now()
            const done = () => {
              const l = last()
              if (l && l.id !== before && l.classList.contains('turn--question')) resolve(performance.now() - t0)
              else requestAnimationFrame(done)
            }
            ;(document.querySelector('.input-bar__send') as HTMLElement).click()
            requestAnimationFrame(done)
          })
      )
      times.push(ms)
      // back to the same cell for the next timed answer (the next open item may offer a text area)
      const area = page.locator('.input-bar__textarea textarea')
      if (await area.count()) await area.fill('修改 2022年集群总产值')
      else await page.fill('.input-bar__input input', '修改 2022年集群总产值')
      await page.click('.input-bar__send')
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.turn')).pop()?.classList.contains('turn--question'))
    }
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const heap = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? NaN
    const historyTurns = await page.evaluate(() => {
      const app = JSON.parse(JSON.parse(localStorage.getItem('cluster-declare.currentApp.v1') as string).data).appId
      return JSON.parse(JSON.parse(localStorage.getItem(`cluster-declare.${app}.chat.v1`) as string).data).turns.length
    })
    times.sort((a, b) => a - b)
    return {
      chat_history_turns: historyTurns,
      chat_turn_ms_p95: Math.round(times[Math.ceil(times.length * 0.95) - 1] * 10) / 10,
      chat_heap_mb: Math.round((heap / 1024 / 1024) * 10) / 10
    }
  } finally {
    await browser.close()
    await cloud.close()
  }
}
