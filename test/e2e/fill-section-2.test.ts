import type { Page } from 'playwright-core'
import { artifactPath, phoneContext, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()
let page: Page
beforeAll(async () => {
  page = await (await phoneContext(e2e.browser)).newPage()
})

const currentLabel = () => page.locator('.turn--question .bubble__label').last().textContent()

/** Only recent turns are mounted, so progress is seen in the id of the newest turn, not in a count. */
const lastTurnId = () => page.evaluate(() => Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '')
const untilNewTurn = (before: string) => page.waitForFunction((id) => (Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '') !== id, before)

/** Types into whichever input the current question offers (text field or text area) and sends. */
async function send(text: string) {
  const before = await lastTurnId()
  const area = page.locator('.input-bar__textarea textarea')
  if (await area.count()) await area.fill(text)
  else await page.fill('.input-bar__input input', text)
  await page.click('.input-bar__send')
  await untilNewTurn(before)
}

async function chip(label: string) {
  const before = await lastTurnId()
  await page.locator('.chat__chip', { hasText: new RegExp(`^${label}$`) }).first().click()
  await untilNewTurn(before)
}

const lastFeedback = (tone: string) => page.locator(`.turn--${tone} .turn__text`).last().textContent()

describe('a new operator fills all of section 二 by chat (H5, 375×812)', () => {
  it('fills section 二 with a year row in one message, a converted unit, a refused value, a checklist and an edit', async () => {
    await page.goto(`${e2e.cloud.url}/`)
    await page.fill('.login__input input', '王会计')
    await page.click('.login__button')
    await page.waitForSelector('.home__user')
    await page.click('.home__create')
    await page.click('.name-form__submit') // the name form starts with the login name
    await page.click('.consent__agree')
    await page.click('.section-card[data-section="s2"]')
    await page.waitForSelector('.turn--question')
    expect(await currentLabel()).toBe('集群总产值（亿元）')

    await send('1183600万 1315200万 1468000万') // converted unit, three values in one message
    expect(await page.locator('.turn--info .turn__text', { hasText: '已换算单位：1183600万元 = 118.36亿元' }).count()).toBe(1)

    await send('82.3 120 84.6') // refused with its reason
    expect(await lastFeedback('error')).toContain('是比例，应在 0 到 100 之间（当前 120.00）')
    expect(await currentLabel()).toBe('集群内中小企业产值占集群总产值比例（%）')
    // The good years are kept; only 2022 is asked again.
    expect(await page.locator('.turn--question .bubble__expects').last().textContent()).toBe('请填写2022年的数值（%）')
    await send('83.1')

    await send('78.5 79.2 80.1')
    await send('12.4 12.11 12.89')
    expect(await currentLabel()).toBe('近三年主导产业产值年均增速（%）')
    await chip('采用') // the derived geometric average
    await send('412 436 461')
    await send('398 421 445')
    await send('18 24 31')
    await send('2 3 4')
    await send('无 1 1')
    await send('36 42 51')
    await send('27 35 44')
    await send('8.2 9.6 11.3')
    await send('10.5 12.8 15.2')

    expect(await currentLabel()).toBe('集群产业链强链补链情况（200字以内）')
    await send('集群绘制了动力装备产业链图谱，围绕整机、关键零部件和电控系统开展强链补链。')
    expect(await currentLabel()).toBe('集群已开展的产业链强链补链工作')
    await chip('绘制产业链图谱，开展产业链培育') // a checklist, as chips
    await chip('开展供应链风险评估工作，建立供应链风险防范机制')
    await chip('完成')
    await send('集群内企业共享检测设备和物流仓储资源。')
    await chip('开展通用生产设备共享')
    await chip('完成')
    await send('集群推广先进质量管理模式，培育区域品牌。')
    await chip('都没有')
    expect(await lastFeedback('warning')).toContain('“集群已开展的质量品牌建设工作”一项也未勾选；如确无相关工作，请简要说明。')
    await send('质量品牌工作由各企业自行开展，集群层面尚未组织。') // the explanation is stored with the empty checklist

    // An edit of an earlier answer via “修改”.
    await send('修改 2022年集群总产值')
    expect(await page.locator('.turn--question .bubble__expects').last().textContent()).toContain('请填写2022年的数值（亿元）')
    await send('132.00')
    expect(await lastFeedback('ok')).toBe('已记录：2021年 118.36，2022年 132.00，2023年 146.80（亿元）')
    await page.waitForSelector('.chat__sync:not(.chat__sync--pending)') // everything reached the local cloud
    expect(await page.textContent('.chat__sync')).toBe('已同步')
    await page.screenshot({ path: artifactPath('e2e-chat-section-2.png') })

    await page.click('.chat__link')
    await page.waitForSelector('.overview__section[data-section="s2"]')
    expect(await page.locator('.overview__section[data-section="s2"] .overview__percent').textContent()).toBe('100%（20/20）')
    await page.screenshot({ path: artifactPath('e2e-overview.png'), fullPage: true })
  })

  it('resumes at the same question after a reload, with every answer present', async () => {
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index`)
    await page.waitForSelector('.turn--question')
    const before = await currentLabel()
    await page.reload()
    await page.waitForSelector('.turn--question')
    expect(await currentLabel()).toBe(before)
    await page.goto(`${e2e.cloud.url}/#/pages/table/index?section=s2`)
    await page.waitForSelector('.table__row')
    const rows = await page.locator('.table__row .table__value').allTextContents()
    expect(rows).toHaveLength(20)
    expect(rows.filter((r) => r === '（未填写）')).toEqual([])
    const cells = (id: string) => page.locator(`.table__row[data-item-id="${id}"] .ft-td`).allTextContents()
    expect(await cells('s2.totalOutput')).toEqual(['2021年', '2022年', '2023年', '118.36', '132.00', '146.80'])
    expect(rows[4]).toBe('12.46 %')
    expect(await page.locator('.table__row[data-item-id="s2.chainWork"] .ft-box--on').allTextContents()).toEqual([
      '☑ 绘制产业链图谱，开展产业链培育',
      '☑ 开展供应链风险评估工作，建立供应链风险防范机制'
    ])
    await page.screenshot({ path: artifactPath('e2e-table-section-2.png'), fullPage: true })
  })
})
