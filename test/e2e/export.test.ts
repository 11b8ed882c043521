import * as fs from 'fs'
import type { Page } from 'playwright-core'
import { MAX_EVENT_BYTES, MAX_OPS } from '../../src/cloud/limits'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'
import { artifactPath, phoneContext, useBrowserAndCloud } from '../helpers/browser'
import { readDocx } from '../helpers/docxReader'

const e2e = useBrowserAndCloud()

/** The fixture's answers as patchAnswers batches within the event limits (src/cloud/limits.ts). */
function batches(): Record<string, unknown>[][] {
  const out: Record<string, unknown>[][] = [[]]
  let bytes = 0
  Object.entries(COMPLETE_APPLICATION).forEach(([itemId, a], i) => {
    const op = { opId: `op-e2e-export-${String(i).padStart(4, '0')}`, itemId, value: a?.value, baseVersion: 0 }
    const size = Buffer.byteLength(JSON.stringify(op))
    if (out[out.length - 1].length === MAX_OPS || bytes + size > MAX_EVENT_BYTES - 4096) {
      out.push([])
      bytes = 0
    }
    out[out.length - 1].push(op)
    bytes += size
  })
  return out
}

/** Calls a function as the signed-in browser user (the dev session the page keeps). */
function call(page: Page, name: string, data: unknown) {
  return page.evaluate(
    async ([name, data]) => {
      const session = JSON.parse(localStorage.getItem('cluster-declare.devSession') as string)
      const res = await fetch(`/api/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify(data) })
      return res.json()
    },
    [name, data] as const
  )
}

/** The name form shown on creating or joining (name, unit), then the privacy consent. */
async function nameForm(page: Page, name: string, unit: string) {
  await page.fill('.name-form__name input', name)
  await page.fill('.name-form__unit input', unit)
  await page.click('.name-form__submit')
  await page.click('.consent__agree')
  await page.waitForSelector('.home__app')
}

describe('导出申报表 (H5, 375×812)', () => {
  it('downloads the filled application as a Word file that opens as the printed form', async () => {
    const page = await (await phoneContext(e2e.browser)).newPage()
    await page.goto(`${e2e.cloud.url}/`)
    await page.waitForSelector('.login__input input')
    await page.fill('.login__input input', '负责人')
    await page.click('.login__button')
    await page.waitForSelector('.home__user')
    await page.click('.home__create')
    await nameForm(page, '王负责', '坊子区工信局')
    const appId = await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('cluster-declare.currentApp.v1') as string)
      return (JSON.parse(typeof stored.data === 'string' ? stored.data : JSON.stringify(stored)) as { appId: string }).appId
    })
    for (const ops of batches()) {
      const r = await call(page, 'patchAnswers', { appId, ops })
      expect(r.ok && r.data.results.every((x: { status: string }) => x.status === 'accepted')).toBe(true)
    }

    await page.goto(`${e2e.cloud.url}/#/pages/overview/index`)
    await page.waitForSelector('.export__button')
    await page.screenshot({ path: artifactPath('e2e-export-button.png') })
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export__button')])
    expect(download.suggestedFilename()).toBe('潍坊市坊子区动力装备特色产业集群_申报表_v1.docx')
    const file = artifactPath('e2e-export.docx')
    await download.saveAs(file)
    const bytes = fs.readFileSync(file)
    expect(bytes.length).toBeGreaterThan(10_000)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')

    const doc = await readDocx(bytes)
    expect(doc.tables[0].rows[0]).toEqual(['集群名称：', '潍坊市坊子区动力装备特色产业集群'])
    expect(doc.tables.find((t) => t.before === '二、主导产业情况')?.rows[1]).toEqual(['集群总产值（亿元）', '118.36', '131.52', '146.80'])
    const note = await page.locator('.export__note').allTextContents()
    expect(note[0]).toBe('已下载：潍坊市坊子区动力装备特色产业集群_申报表_v1.docx')
    const hash = /内容校验码 ([0-9A-F-]{14})/.exec(note[note.length - 1])?.[1]
    expect(doc.footers.join('')).toContain(`申报表版本 1 · 内容校验码 ${hash}`)
  })
})
