import type { Page } from 'playwright-core'
import { artifactPath, devLogin, phoneContext, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()

/** Only recent turns are mounted, so progress is seen in the id of the newest turn, not in a count. */
const lastTurnId = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '')
const untilNewTurn = (page: Page, before: string) => page.waitForFunction((id) => (Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '') !== id, before)

async function send(page: Page, text: string) {
  const before = await lastTurnId(page)
  const area = page.locator('.input-bar__textarea textarea')
  if (await area.count()) await area.fill(text)
  else await page.fill('.input-bar__input input', text)
  await page.click('.input-bar__send')
  await untilNewTurn(page, before)
}

async function chip(page: Page, label: string) {
  const before = await lastTurnId(page)
  await page.locator('.chat__chip', { hasText: new RegExp(`^${label}$`) }).first().click()
  await untilNewTurn(page, before)
}

const lastText = (page: Page, selector: string) => page.locator(selector).last().textContent()
const lastQuestion = (page: Page) => lastText(page, '.turn--question .bubble__expects')
const lastLabel = (page: Page) => lastText(page, '.turn--question .bubble__label')

const login = devLogin

async function newPhone(): Promise<Page> {
  return (await phoneContext(e2e.browser)).newPage()
}

/** Every bot text the chat has mounted (the latest 40 turns and more as the test scrolls). */
const allBotTexts = (page: Page) => page.locator('.turn--bot .turn__text').allTextContents()

async function fillSection2(page: Page) {
  expect(await lastLabel(page)).toBe('集群总产值（亿元）')
  // A year row typed one value at a time: a refused value does not wipe the good ones.
  await send(page, '118.36')
  await send(page, '-5')
  expect(await lastText(page, '.turn--error .turn__text')).toBe('“2022年集群总产值（亿元）”不能为负数。')
  expect(await lastQuestion(page)).toBe('请填写2022年的数值（亿元）')
  await send(page, '131.52')
  await send(page, '146.8')
  expect(await lastText(page, '.turn--ok .turn__text')).toBe('已记录：2021年 118.36，2022年 131.52，2023年 146.80（亿元）')
  for (const v of ['82.3 83.1 84.6', '78.5 79.2 80.1', '12.4 12.11 12.89']) await send(page, v)
  await chip(page, '采用')
  for (const v of ['412 436 461', '398 421 445', '18 24 31', '2 3 4', '无 1 1', '36 42 51', '27 35 44', '8.2 9.6 11.3', '10.5 12.8 15.2']) await send(page, v)
  await send(page, '集群绘制了动力装备产业链图谱，围绕整机、关键零部件和电控系统开展强链补链。')
  await chip(page, '绘制产业链图谱，开展产业链培育')
  expect(await page.locator('.quick__option--on').allTextContents()).toEqual(['绘制产业链图谱，开展产业链培育'])
  await page.screenshot({ path: artifactPath('e2e-newop-checklist.png') })
  await chip(page, '完成')
  await send(page, '集群内企业共享检测设备和物流仓储资源。')
  await chip(page, '开展通用生产设备共享')
  await chip(page, '完成')
  await send(page, '集群推广先进质量管理模式，培育区域品牌。')
  await chip(page, '都没有')
}

describe('what a new operator meets (H5, 375×812)', () => {
  let owner: Page
  let inviteLink = ''
  const CLUSTER = '滕州市中小数控机床特色产业集群'

  it('saves a recognised name that draws a warning with its explanation, and keeps a year row’s good values', async () => {
    owner = await newPhone()
    await owner.goto(`${e2e.cloud.url}/`)
    await login(owner, '负责人')
    await owner.click('.home__create')
    await sendNameForm(owner)
    await owner.waitForSelector('.section-card[data-section="cover"]')
    await owner.click('.section-card[data-section="cover"]')
    await owner.waitForSelector('.turn--question')
    expect(await lastLabel(owner)).toBe('所属地区')
    await send(owner, '枣庄市滕州市')
    await send(owner, '2024年3月15日')
    await send(owner, '李明 13953612345')
    expect(await lastText(owner, '.turn--error .turn__text')).toBe('“联系人”请只填写姓名，不含数字或电话号码；联系电话在下一题填写。')
    await send(owner, '李明')
    await send(owner, '13953612345')
    expect(await lastLabel(owner)).toBe('集群名称')
    await send(owner, CLUSTER)
    expect(await lastText(owner, '.turn--warning .turn__text')).toBe(
      '集群名称与填报格式“XX市XX县（市、区）XX特色产业集群”不完全一致（县级市名称前未写所属设区市），如为正式名称请简要说明。\n如确认无误，请简要说明原因（会随答案保存，供审核参考）；如需修改，请回复“重新填写”。'
    )
    await send(owner, '滕州市为县级市，此为工信部认定的正式名称')
    expect(await lastText(owner, '.turn--ok .turn__text')).toBe('已保存说明：滕州市为县级市，此为工信部认定的正式名称')
    expect(await lastLabel(owner)).toBe('县级行政区划中小企业主管部门')
    await owner.screenshot({ path: artifactPath('e2e-newop-warned-name.png') })
    // Nothing in the chat reaches past the phone's right edge (a question bubble once did, by 10 px).
    expect(await owner.evaluate(() => Math.max(...Array.from(document.querySelectorAll('.turn, .bubble, .turn__enters'), (e) => e.getBoundingClientRect().right)) <= window.innerWidth)).toBe(true)

    await send(owner, '跳到第二部分')
    await fillSection2(owner)
    await owner.waitForSelector('.chat__sync:not(.chat__sync--pending)')
    expect((await allBotTexts(owner)).filter((t) => t.includes('已全部填写'))).toEqual([])

    // The explanation is stored beside the name in the cloud.
    const stored = await owner.evaluate(async () => {
      const session = JSON.parse(localStorage.getItem('cluster-declare.devSession') as string)
      // Taro's H5 storage wraps each value as {data: …}.
      const stored = JSON.parse(localStorage.getItem('cluster-declare.currentApp.v1') as string)
      const app = JSON.parse(typeof stored.data === 'string' ? stored.data : JSON.stringify(stored))
      const res = await fetch('/api/functions/pullAnswers', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify({ appId: app.appId, since: 0 }) })
      return ((await res.json()).data.fields as { itemId: string; value: unknown; explanation?: string }[]).find((f) => f.itemId === 's1.clusterName')
    })
    expect(stored).toMatchObject({ value: CLUSTER, explanation: '滕州市为县级市，此为工信部认定的正式名称' })
  })

  it('shows real counts and the cover’s cluster name on home', async () => {
    await owner.goto(`${e2e.cloud.url}/#/pages/index/index`)
    await owner.waitForFunction(() => document.querySelector('.section-card[data-section="s2"] .board-card__count')?.textContent === '已完成 20/20 项必填')
    expect(await owner.textContent('.deadline__name')).toBe(CLUSTER)
    expect(await owner.textContent('.deadline__region')).toBe('所属地区：枣庄市滕州市')
    expect(await owner.textContent('.home__app')).toBe(`当前申报：${CLUSTER} · 负责人`)
    expect(await owner.textContent('.section-card[data-section="s9"] .board-card__count')).toBe('选填，尚未填写')
    await owner.screenshot({ path: artifactPath('e2e-newop-home.png'), fullPage: true })
    await owner.click('.home__action >> text=邀请成员')
    const text = (await owner.locator('.home__invite').textContent()) ?? ''
    inviteLink = text.slice(text.indexOf('http'))
  })

  it('shows an operator assigned 二 after the owner filled it each answer as 当前答案', async () => {
    // The invite is opened while logged out: it survives the dev login.
    const operator = await newPhone()
    await operator.goto(inviteLink)
    await login(operator, '赵填报')
    await sendNameForm(operator)
    await operator.waitForFunction((name) => document.querySelector('.home__app')?.textContent === `当前申报：${name} · 填报员`, CLUSTER)

    await owner.click('.home__action >> text=成员分工')
    const card = owner.locator('.member', { hasText: '赵填报 · 填报员' })
    await card.locator('.member__section', { hasText: /^二$/ }).click()
    await card.locator('.member__section--on', { hasText: /^二$/ }).waitFor()

    await operator.reload()
    await operator.waitForFunction(() => (document.querySelector('.section-card[data-section="s2"]')?.textContent ?? '').includes('填报：赵填报'))
    await operator.click('.section-card[data-section="s2"]')
    await operator.waitForSelector('.turn--question')
    expect(await lastLabel(operator)).toBe('集群总产值（亿元）')
    expect(await lastQuestion(operator)).toBe('请分别填写2021年、2022年、2023年的数值（单位：亿元）\n当前答案：2021年 118.36，2022年 131.52，2023年 146.80（亿元）（回复“跳过”保持不变）')
    await chip(operator, '跳过')
    expect(await lastLabel(operator)).toBe('集群内中小企业产值占集群总产值比例（%）')
    expect(await lastQuestion(operator)).toContain('\n当前答案：2021年 82.30，2022年 83.10，2023年 84.60（%）')
    await chip(operator, '跳过')
    expect(await lastQuestion(operator)).toContain('\n当前答案：2021年 78.50，2022年 79.20，2023年 80.10（%）')
    await operator.screenshot({ path: artifactPath('e2e-newop-operator-current-answers.png') })
  })

  it('shows a second phone of the owner the same percentages when it opens 总览 first', async () => {
    await owner.goto(`${e2e.cloud.url}/#/pages/overview/index`)
    await owner.waitForSelector('.overview__section[data-section="s2"]')
    const expected = await owner.locator('.overview__percent').allTextContents()
    expect(expected[2]).toBe('100%（20/20）')
    const second = await newPhone()
    await second.goto(`${e2e.cloud.url}/`)
    await login(second, '负责人')
    await second.click('.home__app-chip')
    await second.waitForSelector('.home__app')
    await second.goto(`${e2e.cloud.url}/#/pages/overview/index`)
    await second.waitForFunction(() => document.querySelector('.overview__section[data-section="s2"] .overview__percent')?.textContent === '100%（20/20）')
    expect(await second.locator('.overview__percent').allTextContents()).toEqual(expected)
    await second.screenshot({ path: artifactPath('e2e-newop-second-phone-overview.png'), fullPage: true })
  })

  it('keeps a list of 5 entries through a refused field, “跳过” and a reload', async () => {
    await owner.goto(`${e2e.cloud.url}/#/pages/chat/index`)
    await owner.waitForSelector('.turn--question')
    await send(owner, '修改 标准清单')
    for (let n = 1; n <= 5; n++) {
      for (const v of [`数控机床精度检验 第${n}部分`, `GB/T 17421.${n}—2023`, '国家', '主持', '2023', '滕州某机床公司']) await send(owner, v)
    }
    expect(await lastQuestion(owner)).toBe('已添加第5条：数控机床精度检验 第5部分，GB/T 17421.5—2023，国家，主持，2023，滕州某机床公司。回复“再加一条”继续，或回复“完成”。')
    await chip(owner, '再加一条')
    await send(owner, 'x'.repeat(300))
    expect(await lastText(owner, '.turn--error .turn__text')).toBe('“标准清单·标准名称”限 200 字，当前 300 字，请精简 100 字。请重新填写第6条的“标准名称”。')
    await send(owner, '数控机床 术语')
    await send(owner, 'GB/T 6477—2008')
    await send(owner, '国家标准吧')
    expect(await lastText(owner, '.turn--error .turn__text')).toBe('“类别”请从以下选择：国际、国家、行业、团体')
    await chip(owner, '跳过')
    expect(await lastText(owner, '.turn--info .turn__text')).toBe('已跳过，已填好的部分已保留，稍后继续；提交前仍需填写。回复“修改 标准清单”可回来继续。')
    // The chat history (with the parked entries) is written just after the screen updates: wait for it.
    await owner.waitForFunction(() => Object.keys(localStorage).some((k) => k.endsWith('.chat.v1') && (localStorage.getItem(k) ?? '').includes('drafts')))
    await owner.reload()
    await owner.waitForSelector('.turn--question')
    await send(owner, '修改 标准清单')
    expect(await lastQuestion(owner)).toBe('继续填写，之前填好的部分已保留。第6条 · 请填写“类别”（国际/国家/行业/团体）')
    await owner.screenshot({ path: artifactPath('e2e-newop-list-resumed.png') })
    await chip(owner, '结束清单')
    expect(await lastText(owner, '.turn--ok .turn__text')).toBe('已记录：共 5 条')
    await owner.waitForSelector('.chat__sync:not(.chat__sync--pending)')
    expect((await allBotTexts(owner)).filter((t) => t.includes('已全部填写'))).toEqual([])
    await owner.goto(`${e2e.cloud.url}/#/pages/table/index?section=s3`)
    await owner.waitForSelector('.table__row[data-item-id="s3.standardsList"] .ft-grid')
    expect(await owner.locator('.table__row[data-item-id="s3.standardsList"] .ft-tr').count()).toBe(6)
    await owner.screenshot({ path: artifactPath('e2e-newop-table-s3.png'), fullPage: true })
  })
})
