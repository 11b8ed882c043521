import * as fs from 'fs'
import * as path from 'path'
import type { BrowserContext, Page } from 'playwright-core'
import { artifactPath, callAs, currentAppId, phoneContext, sendNameForm, useBrowserAndCloud } from '../helpers/browser'
import { patentCertificate, renderCertificate, seeded } from '../helpers/certificate'

const e2e = useBrowserAndCloud()

/** A 4000 × 3000 camera-sized JPEG of a stamped certificate with printed text, drawn in Chromium. */
async function certificatePhoto(page: Page, number = '0518'): Promise<Buffer> {
  const base64 = await page.evaluate((number) => {
    const c = document.createElement('canvas')
    c.width = 4000
    c.height = 3000
    const g = c.getContext('2d') as CanvasRenderingContext2D
    const grad = g.createLinearGradient(0, 0, 4000, 3000)
    grad.addColorStop(0, '#f4efe2')
    grad.addColorStop(1, '#d9d2bf')
    g.fillStyle = grad
    g.fillRect(0, 0, 4000, 3000)
    // Paper grain: a camera photo is never flat.
    for (let i = 0; i < 200000; i++) {
      g.fillStyle = `rgba(${90 + ((i * 37) % 80)},${80 + ((i * 53) % 70)},60,0.08)`
      g.fillRect((i * 7919) % 4000, (i * 104729) % 3000, 3, 3)
    }
    g.fillStyle = '#222'
    g.font = 'bold 160px sans-serif'
    g.fillText('证 明', 1650, 500)
    g.font = '90px sans-serif'
    const lines = ['兹证明潍坊市坊子区动力装备特色产业集群', '已绘制产业链图谱并开展产业链培育工作。', `证书编号：FZ-2023-${number}`, '坊子区工业和信息化局', '2023年5月18日']
    lines.forEach((t, i) => g.fillText(t, 500, 900 + i * 260))
    g.strokeStyle = '#c0392b'
    g.lineWidth = 18
    g.beginPath()
    g.arc(3000, 2300, 380, 0, Math.PI * 2)
    g.stroke()
    return c.toDataURL('image/jpeg', 0.95).split(',')[1]
  }, number)
  return Buffer.from(base64, 'base64')
}

async function newPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(e2e.browser)
  return { context, page: await context.newPage() }
}

async function login(page: Page, name: string) {
  await page.goto(`${e2e.cloud.url}/`)
  await page.fill('.login__input input', name)
  await page.click('.login__button')
  await page.waitForSelector('.home__user')
}

const lastTurnId = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '')
async function say(page: Page, text: string) {
  const before = await lastTurnId(page)
  await page.fill('.input-bar__input input', text)
  await page.click('.input-bar__send')
  await page.waitForFunction((id) => (Array.from(document.querySelectorAll('.turn')).pop()?.id ?? '') !== id, before)
}

const records = async (page: Page, appId: string) => (await callAs(page, 'listEvidence', { appId })).data.photos as { hash: string; bytes: number; width: number; height: number; itemId: string; target: string; removed: boolean }[]

describe('evidence photos (H5, 375×812): tick → photograph the certificate → uploaded → still there after a reload, seen by a colleague', () => {
  let owner: { context: BrowserContext; page: Page }
  let appId = ''
  let photo: Buffer

  it('ticking an option opens the photo panel; a 4000×3000 photo is compressed, shown as a thumbnail and uploaded as one record', async () => {
    owner = await newPhone()
    const page = owner.page
    await login(page, '王负责')
    await page.click('.home__create')
    await sendNameForm(page)
    await page.waitForSelector('.section-card')
    appId = await currentAppId(page)
    await page.goto(`${e2e.cloud.url}/#/pages/chat/index?item=s2.chainWork`)
    await page.waitForSelector('.turn--question')
    await say(page, '1 3')
    await say(page, '完成')
    await page.waitForSelector('.evidence-tray')
    expect(await page.textContent('.evidence-tray__title')).toBe('为“集群已开展的产业链强链补链工作”添加佐证材料')
    const texts = await page.locator('.turn__text').allTextContents()
    expect(texts).toContain('勾选的每一项都需要佐证材料（证明、证书或自我声明）：请在下方点“拍照”或“从相册选”添加盖章证明的照片，也可以点“稍后补充”，之后在“佐证材料”页补上。')
    expect(await page.locator('.evidence-tray .evidence-claim__what').allTextContents()).toEqual(['绘制产业链图谱，开展产业链培育', '联合集群上下游企业，组建创新联合体，开展产业链联合攻关'])

    photo = await certificatePhoto(page)
    expect(photo.length).toBeGreaterThan(1024 * 1024)
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.evidence-tray .evidence-claim__camera').first().click()])
    await chooser.setFiles({ name: 'IMG_20240312_101500.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.waitForSelector('.evidence-tray .evidence-claim__photo--uploaded', { timeout: 30_000 })
    const src = await page.getAttribute('.evidence-tray .evidence-claim__thumb', 'src')
    expect(src?.startsWith('blob:')).toBe(true)
    expect(await page.locator('.evidence-tray .evidence-claim__status').allTextContents()).toEqual(['已有 1 张照片', '缺少佐证材料'])
    await page.screenshot({ path: artifactPath('e2e-evidence-tray.png') })

    const stored = await records(page, appId)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ itemId: 's2.chainWork', target: 's2.chainWork.1', removed: false })
    expect(stored[0].bytes).toBeLessThanOrEqual(500 * 1024)
    expect(Math.max(stored[0].width, stored[0].height)).toBeLessThanOrEqual(2000)
    // The local cloud keeps the compressed file on disk, outside the static folder, named by its hash.
    const folder = path.join(e2e.dataDir, 'files', 'evidence', appId)
    const files = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
    expect(files.map((f) => f.name)).toEqual([`${stored[0].hash}.jpg`])
    expect(fs.statSync(path.join(files[0].parentPath, files[0].name)).size).toBe(stored[0].bytes)
  })

  it('after a reload the photo is still there, and the 佐证材料 page shows the claim as proven and the other as missing', async () => {
    const page = owner.page
    await page.reload()
    await page.goto(`${e2e.cloud.url}/#/pages/evidence/index`)
    await page.waitForSelector('.evidence__summary')
    expect(await page.textContent('.evidence__summary')).toBe('需要佐证材料 2 项，已有照片 1 项，还缺 1 项。')
    await page.click('.evidence__filter')
    await page.waitForSelector('.evidence-claim__photo--uploaded')
    expect(await page.locator('.evidence-claim__status').allTextContents()).toEqual(['已有 1 张照片', '缺少佐证材料'])
    await page.screenshot({ path: artifactPath('e2e-evidence-page.png') })
  })

  it('a photo taken while offline waits on the phone and is uploaded once the network is back: exactly one more record', async () => {
    const page = owner.page
    await page.click('.evidence__filter') // only the missing claim again
    await owner.context.setOffline(true)
    const second = await certificatePhoto(page, '0777')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.evidence-claim__album').first().click()])
    await chooser.setFiles({ name: '证明2.jpg', mimeType: 'image/jpeg', buffer: second })
    await page.waitForSelector('.evidence__queue')
    expect(await page.textContent('.evidence__queue')).toBe('1 张照片还在手机上等待上传，有网络时会自动上传。')
    await owner.context.setOffline(false)
    await page.waitForSelector('.evidence__queue', { state: 'detached', timeout: 60_000 })
    const stored = await records(page, appId)
    expect(stored.map((r) => r.target).sort()).toEqual(['s2.chainWork.1', 's2.chainWork.3'])
  })

  it('a colleague on another phone sees both photos through the members-only links after sync', async () => {
    const invite = (await callAs(owner.page, 'createInvite', { appId, role: 'countyReviewer', expiresInHours: 24, maxUses: 1 })).data.token as string
    const county = await newPhone()
    await login(county.page, '李审核')
    await county.page.goto(`${e2e.cloud.url}/#/pages/index/index?invite=${invite}`)
    await sendNameForm(county.page)
    await county.page.waitForSelector('.home__app')
    await county.page.goto(`${e2e.cloud.url}/#/pages/evidence/index`)
    await county.page.waitForFunction(() => document.querySelector('.evidence__summary')?.textContent === '需要佐证材料的 2 项都已有照片。')
    await county.page.waitForFunction(() => Array.from(document.querySelectorAll('.evidence-claim__thumb')).filter((i) => (i.getAttribute('src') ?? '').startsWith('/api/photo?')).length === 2)
    expect(await county.page.locator('.evidence-claim__state').allTextContents()).toEqual(['已上传', '已上传'])
    // Read only: no camera for the reviewer, and the link really serves the JPEG.
    expect(await county.page.locator('.evidence-claim__camera').count()).toBe(0)
    const src = (await county.page.getAttribute('.evidence-claim__thumb', 'src')) as string
    const served = await county.page.evaluate(async (u) => {
      const r = await fetch(u)
      const b = new Uint8Array(await r.arrayBuffer())
      return { status: r.status, type: r.headers.get('content-type'), magic: Array.from(b.slice(0, 3)) }
    }, src)
    expect(served).toEqual({ status: 200, type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] })
    await county.page.screenshot({ path: artifactPath('e2e-evidence-reviewer.png') })
  })

  it('a patent certificate whose number differs from the typed 专利号 is read and the difference is named under the photo', async () => {
    const page = owner.page
    const scratch = await (await e2e.browser.newContext({ deviceScaleFactor: 2 })).newPage()
    const photographed = patentCertificate(seeded(7))
    const typed = patentCertificate(seeded(8)).number
    const jpeg = await renderCertificate(scratch, photographed, { type: 'jpeg' })
    const entry = { id: 'p1', fields: { name: '一种齿轮箱润滑装置', type: '发明专利', number: typed, holder: '潍坊齿轮传动有限公司' } }
    const untyped = { id: 'p2', fields: { name: photographed.name, type: '发明专利', holder: photographed.holder } }
    const stored = await callAs(page, 'patchAnswers', { appId, ops: [{ opId: 'op-e2e-patent-0001', itemId: 's3.patentList', value: { entries: [entry, untyped] }, baseVersion: 0 }] })
    expect(stored.data.results[0].status).toBe('accepted')
    await page.goto(`${e2e.cloud.url}/#/pages/evidence/index`)
    await page.reload() // a fresh page: it pulls the list stored above
    const patentClaim = page.locator('.evidence-claim', { hasText: '有效发明专利清单第1条' })
    await patentClaim.waitFor()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), patentClaim.locator('.evidence-claim__album').click()])
    await chooser.setFiles({ name: '专利证书.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await page.waitForSelector('.evidence-claim__reading', { timeout: 60_000 })
    expect(await patentClaim.locator('.evidence-claim__reading').textContent()).toBe(`照片中证书上的编号是“${photographed.number}”，与填写的“${typed}”不一致，请核对后修改，或换一张对应的证书照片。`)
    await page.screenshot({ path: artifactPath('e2e-evidence-certificate.png') })

    // An entry without a number: the number read from its certificate is proposed, and one tap fills it in.
    const second = page.locator('.evidence-claim', { hasText: '有效发明专利清单第2条' })
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), second.locator('.evidence-claim__album').click()])
    await chooser2.setFiles({ name: '专利证书2.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await second.locator('.evidence-claim__fill').waitFor({ timeout: 60_000 })
    expect(await second.locator('.evidence-claim__reading').first().textContent()).toBe(`照片中读到的编号：${photographed.number}`)
    await second.locator('.evidence-claim__fill').click()
    await second.locator('.evidence-claim__reading', { hasText: '已按照片填入' }).waitFor()
    expect(await second.locator('.evidence-claim__reading', { hasText: '已按照片填入' }).textContent()).toBe('已按照片填入“专利号或证书号”、“授权日期”，请核对。')
    await page.waitForFunction(
      async ([id, number]) => {
        const session = JSON.parse(localStorage.getItem('cluster-declare.devSession') as string)
        const r = await (await fetch('/api/functions/pullAnswers', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify({ appId: id, since: 0 }) })).json()
        // The list is stored entry by entry (src/rules/listParts.ts): the second entry is its own record.
        const part = r.data.fields.find((f: { itemId: string }) => f.itemId === 's3.patentList@p2')
        return part?.value?.entry.fields.number === number
      },
      [appId, photographed.number] as const,
      { timeout: 30_000, polling: 1000 }
    )
  })
})
