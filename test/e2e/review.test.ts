import * as fs from 'fs'
import type { Page } from 'playwright-core'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'
import { jpegPhoto } from '../fixtures/photos'
import { artifactPath, callAs, currentAppId, devLogin, fillNameForm, phoneContext, uploadPhotoAs, useBrowserAndCloud } from '../helpers/browser'
import { answerBatches, samePhotoEverywhere } from '../helpers/storeAnswers'
import { readDocx } from '../helpers/docxReader'

const e2e = useBrowserAndCloud()

/** The complete application; one real uploaded photo stands for every certificate it claims. */
const SUBMITTABLE = COMPLETE_APPLICATION
const call = callAs
const nameForm = async (page: Page, name: string, unit: string) => {
  await fillNameForm(page, name, unit)
  await page.waitForSelector('.home__app')
}
async function login(page: Page, name: string) {
  await page.goto(`${e2e.cloud.url}/`)
  await devLogin(page, name)
}

async function phone(): Promise<Page> {
  return (await phoneContext(e2e.browser)).newPage()
}

async function overview(page: Page, status: string) {
  await page.goto(`${e2e.cloud.url}/#/pages/overview/index`)
  await page.waitForFunction((s) => document.querySelector('.review__status')?.textContent === s, status)
}

const note = (page: Page) => page.locator('.review__note').textContent()

describe('submit → county returns one item → the operator fixes it in the chat → resubmit → approve → export (H5)', () => {
  let owner: Page
  let county: Page
  let operator: Page
  let appId = ''

  it('the owner submits the complete application; a write after the lock is refused', async () => {
    owner = await phone()
    await login(owner, '王负责')
    await owner.click('.home__create')
    await nameForm(owner, '王负责', '坊子区工信局')
    appId = await currentAppId(owner)
    const photo = await uploadPhotoAs(owner, appId, { itemId: 's2.chainWork', target: 's2.chainWork.1' }, jpegPhoto(120, 90))
    for (const ops of answerBatches(samePhotoEverywhere(SUBMITTABLE, photo), 'op-e2e-review')) expect((await call(owner, 'patchAnswers', { appId, ops })).ok).toBe(true)

    const invite = async (role: string) => (await call(owner, 'createInvite', { appId, role, expiresInHours: 24, maxUses: 1 })).data.token as string
    county = await phone()
    await login(county, 'county-dev')
    await county.goto(`${e2e.cloud.url}/#/pages/index/index?invite=${await invite('countyReviewer')}`)
    await nameForm(county, '李审核', '坊子区工信局')
    operator = await phone()
    await login(operator, 'operator-dev')
    await operator.goto(`${e2e.cloud.url}/#/pages/index/index?invite=${await invite('operator')}`)
    await nameForm(operator, '孙填报', '集群运营公司')
    const members = (await call(owner, 'listMembers', { appId })).data as { memberId: string; displayName: string }[]
    const sun = members.find((m) => m.displayName === '孙填报')
    expect((await call(owner, 'assignSections', { appId, memberId: sun?.memberId, sections: ['s1'] })).ok).toBe(true)

    await overview(owner, '申报状态：填写中')
    await owner.click('.review__submit')
    await owner.waitForFunction(() => document.querySelector('.review__status')?.textContent === '申报状态：已提交，等待县级审核（内容已锁定）')
    expect(await note(owner)).toBe('已提交，等待县级审核。')
    await owner.screenshot({ path: artifactPath('e2e-review-submitted.png') })
    const late = await call(owner, 'patchAnswers', { appId, ops: [{ opId: 'op-e2e-late-0001', itemId: 's1.area', value: '30.00', baseVersion: 1 }] })
    expect(late.data.results[0]).toMatchObject({ status: 'refused', code: 'APPLICATION_LOCKED' })
  })

  it('the county reviewer returns 集群占地面积 with a comment', async () => {
    await overview(county, '申报状态：已提交，等待县级审核（内容已锁定）')
    await county.fill('.review__input--item input', '占地面积')
    await county.fill('.review__input--comment input', '请按规划文件核对占地面积')
    await county.click('.review__add')
    expect(await county.locator('.review__pending').allTextContents()).toEqual(['将退回 集群占地面积（平方公里）：请按规划文件核对占地面积'])
    await county.click('.review__return')
    await county.waitForFunction(() => document.querySelector('.review__status')?.textContent === '申报状态：县级审核退回修改 1 项')
    expect(await note(county)).toBe('已退回 1 项，等待填报人修改后重新提交。')
  })

  it('the operator sees the returned item, opens it in the chat and fixes it', async () => {
    await overview(operator, '申报状态：县级审核退回修改 1 项')
    await operator.screenshot({ path: artifactPath('e2e-review-returned.png') })
    await operator.click('.review__returned >> text=集群占地面积（平方公里）：请按规划文件核对占地面积（点此修改）')
    await operator.waitForFunction(() => Array.from(document.querySelectorAll('.turn--question .bubble__label')).pop()?.textContent === '集群占地面积（平方公里）')
    // The chat itself tells the reviewer's comment once, then asks the item.
    await operator.waitForFunction(
      (text) => Array.from(document.querySelectorAll('.turn--warning .turn__text')).some((el) => el.textContent === text),
      '县级审核退回“集群占地面积（平方公里）”：请按规划文件核对占地面积。修改后请负责人重新提交。'
    )
    await operator.waitForFunction(() => Array.from(document.querySelectorAll('.turn')).pop()?.classList.contains('turn--question'))
    await operator.fill('.input-bar__input input', '23.5')
    await operator.click('.input-bar__send')
    await operator.waitForSelector('.chat__sync:not(.chat__sync--pending)')
    const fields = (await call(operator, 'pullAnswers', { appId, since: 0 })).data.fields as { itemId: string; value: unknown }[]
    expect(fields.find((f) => f.itemId === 's1.area')?.value).toBe('23.50')
  })

  it('the owner submits again, the county approves, and the export is the approved answers', async () => {
    await overview(owner, '申报状态：县级审核退回修改 1 项')
    await owner.click('.review__submit')
    await owner.waitForFunction(() => document.querySelector('.review__status')?.textContent === '申报状态：已提交，等待县级审核（内容已锁定）')
    await overview(county, '申报状态：已提交，等待县级审核（内容已锁定）')
    await county.click('.review__approve')
    await county.waitForFunction(() => document.querySelector('.review__status')?.textContent === '申报状态：县级审核已通过')
    expect(await note(county)).toBe('已审核通过。')

    await overview(owner, '申报状态：县级审核已通过')
    const [download] = await Promise.all([owner.waitForEvent('download'), owner.click('.export__button')])
    const file = artifactPath('e2e-review-approved.docx')
    await download.saveAs(file)
    const doc = await readDocx(fs.readFileSync(file))
    const s1 = doc.tables.find((t) => t.before === '一、基本情况')
    expect(s1?.rows.find((r) => r[0] === '集群占地面积（平方公里）')).toEqual(['集群占地面积（平方公里）', '23.50'])
    expect(doc.paragraphs.some((p) => p.startsWith('（本稿尚有'))).toBe(false)
  })
})
