import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { PATENT_HEADER, THREE_ERRORS, patentRows } from '../fixtures/patentRows'
import { artifactPath, phoneContext, useBrowserAndCloud } from '../helpers/browser'

const e2e = useBrowserAndCloud()
let page: Page
beforeAll(async () => {
  page = await (await phoneContext(e2e.browser)).newPage()
})

const lastTurnId = () => page.evaluate(() => Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '')
const untilNewTurn = (before: string) => page.waitForFunction((id) => (Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '') !== id, before)

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
    await page.waitForSelector('.section-card[data-section="s3"]')
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s3.inventionPatents`)
    await page.waitForSelector('.turn--question')
    const before = await lastTurnId()
    await page.fill('.input-bar__input input', '412')
    await page.click('.input-bar__send')
    await untilNewTurn(before)
    expect(await page.locator('.turn--question .bubble__label').last().textContent()).toBe('有效发明专利清单')

    // 下载模板: an .xlsx named after the list.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.list-import__template')])
    expect(download.suggestedFilename()).toBe('有效发明专利清单模板.xlsx')

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('.list-import__import')])
    await chooser.setFiles({ name: '专利清单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await patentWorkbook() })
    await page.waitForSelector('.list-import__summary')
    const summary = await page.textContent('.list-import__summary')
    expect(summary?.startsWith('共 412 行，409 行可导入，3 行有问题：第 17 行“专利号或证书号”：“有效发明专利清单”第 17 条的专利号')).toBe(true)
    expect(await page.locator('.list-import__problem').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))).toEqual(['17', '120', '301'])
    expect(await page.textContent('.list-import__replace')).toBe('替换为这 409 条')
    await page.screenshot({ path: artifactPath('e2e-list-import-preview.png') })

    await page.click('.list-import__replace')
    const stored = '已导入 409 条，清单现有 409 条。有问题的 3 行未导入：可在对话中逐条补充，或修改表格后重新导入。'
    await page.waitForSelector(`.turn--ok .turn__text:text-is("${stored}")`)
    await page.screenshot({ path: artifactPath('e2e-list-import-stored.png') })

    await page.click('.chat__link')
    await page.waitForSelector('.overview__section[data-section="s3"]')
    const findings = await page.locator('.overview__section[data-section="s3"] .finding__text').allTextContents()
    expect(findings).toContain(`“${COUNT_LABEL}”填写为 412，但清单中有 409 条，请核对。`)
  })
})
