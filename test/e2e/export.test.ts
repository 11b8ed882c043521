import * as fs from 'fs'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'
import { artifactPath, callAs, currentAppId, fillNameForm, phoneSignedIn, useBrowserAndCloud } from '../helpers/browser'
import { answerBatches } from '../helpers/storeAnswers'
import { readDocx } from '../helpers/docxReader'

const e2e = useBrowserAndCloud()

describe('导出申报表 (H5, 375×812)', () => {
  it('downloads the filled application as a Word file that opens as the printed form', async () => {
    const page = await phoneSignedIn(e2e, '负责人')
    await page.click('.home__create')
    await fillNameForm(page, '王负责', '坊子区工信局')
    await page.waitForSelector('.home__app')
    const appId = await currentAppId(page)
    for (const ops of answerBatches(COMPLETE_APPLICATION, 'op-e2e-export')) {
      const r = await callAs(page, 'patchAnswers', { appId, ops })
      expect(r.ok && r.data.results.every((x: { status: string }) => x.status === 'accepted')).toBe(true)
    }

    await page.goto(`${e2e.cloud.url}/#/pages/overview/index`)
    await page.waitForSelector('.export__button')
    await page.screenshot({ path: artifactPath('e2e-export-button.png') })
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export__button')])
    expect(download.suggestedFilename()).toBe('潍坊市坊子区动力装备特色产业集群_申报表_第1版.docx')
    const file = artifactPath('e2e-export.docx')
    await download.saveAs(file)
    const bytes = fs.readFileSync(file)
    expect(bytes.length).toBeGreaterThan(10_000)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')

    const doc = await readDocx(bytes)
    expect(doc.tables[0].rows[0]).toEqual(['集群名称：', '潍坊市坊子区动力装备特色产业集群'])
    expect(doc.tables.find((t) => t.before === '二、主导产业情况')?.rows[1]).toEqual(['集群总产值（亿元）', '118.36', '131.52', '146.80'])
    const note = await page.locator('.export__note').allTextContents()
    expect(note[0]).toBe('已下载：潍坊市坊子区动力装备特色产业集群_申报表_第1版.docx')
    const hash = /内容校验码 ([0-9A-F-]{14})/.exec(note[note.length - 1])?.[1]
    expect(doc.footers.join('')).toContain(`申报表版本 1 · 内容校验码 ${hash}`)
  })
})
