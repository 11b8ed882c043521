import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { PATENT_HEADER, THREE_ERRORS, patentNumber, patentRows, toCsv } from '../fixtures/patentRows'
import { artifactPath, callAs, currentAppId, phoneContext, phoneSignedIn, sendNameForm, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()
let page: Page
beforeAll(async () => {
  page = await (await phoneContext(e2e.browser)).newPage()
})

const lastTurnId = () => page.evaluate(() => Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '')
const untilNewTurn = (before: string) => page.waitForFunction((id) => (Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '') !== id, before)
/** Sends each text as the operator would, waiting for the chat's answer before the next. */
async function say(...texts: string[]) {
  for (const text of texts) {
    const before = await lastTurnId()
    await page.fill('.input-bar__input input', text)
    await page.click('.input-bar__send')
    await untilNewTurn(before)
  }
}

async function patentWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('有效发明专利')
  ws.addRow([...PATENT_HEADER])
  for (const r of patentRows(412, THREE_ERRORS)) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const COUNT_LABEL = '集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）'

describe('importing 412 patents from a spreadsheet in the chat (H5, 375×812)', () => {
  it('previews the file naming the 3 bad rows, stores the 409 good ones, and the count-vs-list finding says so', async () => {
    await page.goto(`${e2e.cloud.url}/`)
    await page.fill('.login__input input', '科技专员')
    await page.click('.login__button')
    await page.waitForSelector('.home__user')
    await page.click('.home__create')
    await sendNameForm(page) // the name form starts with the login name; then the privacy guide
    await page.waitForSelector('.section-card[data-section="s3"]')
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s3.inventionPatents`)
    await page.waitForSelector('.turn--question')
    await say('412')
    expect(await page.locator('.turn--question .bubble__label').last().textContent()).toBe('有效发明专利清单')

    // 下载模板: an .xlsx named after the list.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.list-import__template')])
    expect(download.suggestedFilename()).toBe('有效发明专利清单模板.xlsx')

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('.list-import__import')])
    await chooser.setFiles({ name: '专利清单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await patentWorkbook() })
    await page.waitForSelector('.list-import__summary')
    const summary = await page.textContent('.list-import__summary')
    expect(summary?.startsWith('共 412 行，409 行可导入，3 行有问题：第 17 行“专利号或证书号”：“有效发明专利清单”第 17 行的专利号')).toBe(true)
    expect(summary).toContain('第 120 行“权利人”：“有效发明专利清单”第 120 行缺少“权利人”；第 301 行“专利号或证书号”：')
    expect(await page.locator('.list-import__problem').count()).toBe(0) // all three are in the summary
    expect(await page.textContent('.list-import__replace')).toBe('导入这 409 条')
    await page.screenshot({ path: artifactPath('e2e-list-import-preview.png') })

    await page.click('.list-import__replace')
    const stored = '已导入 409 条，清单现有 409 条。有问题的 3 行未导入：可在对话中逐条补充，或修改表格后重新导入。'
    await page.waitForSelector(`.turn--ok .turn__text:text-is("${stored}")`)
    // The list question is asked again, so the rows the file could not give can be added right here; 完成 moves on.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.turn--question')).pop()?.textContent?.includes('已有 409 条'))
    expect(await page.locator('.turn--question .bubble__label').last().textContent()).toBe('有效发明专利清单')
    await say('完成')
    // 完成 keeps the list and goes on to the next open question after it in the form (the owner fills every section).
    await page.waitForSelector('.list-import', { state: 'detached' })
    expect(await page.locator('.turn--question .bubble__label').last().textContent()).toBe('企业上云比例（%）')
    await page.screenshot({ path: artifactPath('e2e-list-import-stored.png') })

    await page.click('.chat__link')
    await page.waitForSelector('.overview__section[data-section="s3"]')
    const findings = await page.locator('.overview__section[data-section="s3"] .finding__text').allTextContents()
    expect(findings).toContain(`“${COUNT_LABEL}”填写为 412，但清单中有 409 条，请核对。`)

    // A colleague on another phone: after sync their overview counts the same 409 entries (pulled entry by entry).
    const appId = await currentAppId(page)
    const invite = await callAs(page, 'createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 1 })
    const colleague = await phoneSignedIn(e2e, '专利联络员')
    await colleague.goto(`${e2e.cloud.url}/#/pages/index/index?invite=${invite.data.token}`)
    await sendNameForm(colleague)
    await colleague.waitForSelector('.home__app')
    await colleague.goto(`${e2e.cloud.url}/#/pages/overview/index`)
    await colleague.waitForFunction(
      (text) => Array.from(document.querySelectorAll('.overview__section[data-section="s3"] .finding__text'), (n) => n.textContent).includes(text),
      `“${COUNT_LABEL}”填写为 412，但清单中有 409 条，请核对。`
    )
    await colleague.screenshot({ path: artifactPath('e2e-list-import-colleague.png') })
  })
  it('appends rows pasted from a spreadsheet, skipping one the list already holds', async () => {
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s3.patentList`)
    await page.reload() // a fresh page stack: the chat page of the first test is still stacked under 总览
    await page.waitForSelector('.list-import__paste')
    expect(await page.locator('.turn--question .bubble__label').last().textContent()).toBe('有效发明专利清单')
    await page.click('.list-import__paste')
    const rows = [
      ['一种新增装置甲', '发明专利', patentNumber(200001), '山东示例新增有限公司', '2023-06-01'],
      ['一种新增装置乙', '发明专利', patentNumber(200002), '山东示例新增有限公司', '2023-06-02'],
      ['一种集群示例装置及方法1', '发明专利', patentNumber(100000), '山东示例1号科技有限公司', '2023-05-16']
    ]
    await page.fill('.list-import__textarea textarea', toCsv(PATENT_HEADER, rows, '\t'))
    await page.click('.list-import__preview-paste')
    await page.waitForSelector('.list-import__summary')
    expect(await page.textContent('.list-import__summary')).toBe('共 3 行，3 行可导入。')
    expect(await page.locator('.list-import__problem').allTextContents()).toEqual([
      `第 4 行“专利号或证书号”与现有清单第 1 条重复（${patentNumber(100000)}），追加时不导入这一行。`
    ])
    expect(await page.textContent('.list-import__append')).toBe('追加 2 条')
    await page.click('.list-import__append')
    await page.waitForSelector('.turn--ok .turn__text:text-is("已导入 2 条，清单现有 411 条。")')
    // The chat tells what the rules say about the list now.
    await page.waitForSelector(`.turn__text:text-is("“${COUNT_LABEL}”填写为 412，但清单中有 411 条，请核对。")`)

    // The 412th patent typed in the chat is stored (a list short of its count is told, never refused), and the finding goes.
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s3.patentList`)
    await page.reload()
    await page.waitForSelector('.turn--question')
    await say('再加一条', '一种手输装置', '发明专利', patentNumber(200003), '山东示例手输有限公司', '2023-06-03', '完成')
    await page.waitForSelector('.turn__text:text-is("已记录：共 412 条")')
    await page.waitForSelector('.chat__sync:text-is("已同步")')

    // One entry changed in the chat: its holder only (“不变” keeps the rest); it reaches the cloud as that entry.
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s3.patentList`)
    await page.reload()
    await page.waitForSelector('.turn--question')
    await say('修改第1条', '不变', '不变', '不变', '山东示例改名有限公司', '不变', '完成')
    await page.waitForSelector('.turn__text:text-is("已记录：共 412 条")')
    await page.waitForSelector('.chat__sync:text-is("已同步")')
    const exported = await callAs(page, 'exportList', { appId: await currentAppId(page), itemId: 's3.patentList' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(exported.data.base64, 'base64') as unknown as ExcelJS.Buffer)
    expect(wb.worksheets[0].getRow(2).values).toEqual([undefined, '一种集群示例装置及方法1', '发明专利', patentNumber(100000), '山东示例改名有限公司', '2023-05-16'])

    // 按表格查看: a tap on the third patent's row opens that patent for changing in the chat.
    await page.goto(`${e2e.cloud.url}/#/pages/table/index?section=s3`)
    await page.reload()
    await page.click('[data-item-id="s3.patentList"] [data-row="3"]')
    await page.waitForSelector('.turn--question')
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.turn--question')).pop()?.textContent?.includes('修改第3条 · 请填写“名称”：现为“一种集群示例装置及方法3”'))
    await page.reload()
    await page.click('.chat__link')
    await page.waitForSelector('.overview__section[data-section="s3"]')
    const findings = await page.locator('.overview__section[data-section="s3"] .finding__text').allTextContents()
    expect(findings.filter((f) => f.includes('但清单中有'))).toEqual([])
  })
})
