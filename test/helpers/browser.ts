import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startLocalCloud, type LocalCloud } from '../../src/cloud/local'

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the .mjs scripts
const { findBrowser, installPlan, nodeSystem } = require('../../scripts/lib/find-browser.cjs') as typeof import('./findBrowserTypes')

export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts')
export const H5_DIR = path.join(__dirname, '..', '..', 'dist', 'h5')

/**
 * The Chromium to drive: CHROMIUM_PATH, Debian's chromium or Playwright's cache (scripts/lib/find-browser.cjs;
 * `npm test` installs one first when there is none).
 */
export function chromiumPath(): string {
  const found = findBrowser(nodeSystem())
  if (found) return found
  const plan = installPlan(nodeSystem())
  throw new Error(plan.kind === 'advice' ? plan.message : 'No Chromium found for the browser tests: run npm test (it installs Debian\'s chromium as root) or set CHROMIUM_PATH.')
}

/** Flags as shared/architecture.md: the machine's network is closed. */
export function launchChromium(h5Dir = H5_DIR): Promise<Browser> {
  if (!fs.existsSync(path.join(h5Dir, 'index.html'))) throw new Error('dist/h5 missing: run npm run build:h5 (npm test builds it)')
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-sync']
  })
}

/** A phone: 375×812 CSS pixels (iPhone X class), touch, mobile UA behaviour. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  return path.join(ARTIFACTS, name)
}

/** Signs in on the dev login page that a fresh browser is sent to, and waits for home. */
export async function devLogin(page: Page, name: string): Promise<void> {
  await page.waitForSelector('.login__input input')
  await page.fill('.login__input input', name)
  await page.click('.login__button')
  await page.waitForSelector('.home__user')
}

/** A new phone (its own browser context) on the app's home page, signed in as `name`. */
export async function phoneSignedIn(e2e: { cloud: LocalCloud; browser: Browser }, name: string): Promise<Page> {
  const page = await (await phoneContext(e2e.browser)).newPage()
  await page.goto(`${e2e.cloud.url}/`)
  await devLogin(page, name)
  return page
}

/** Sends the name form (pre-filled with the login name), agreeing to the privacy guide on first use. */
export async function sendNameForm(page: Page): Promise<void> {
  await page.click('.name-form__submit')
  await page.click('.consent__agree')
}

/** Types a name and a unit into the name form shown on creating or joining, sends it and agrees to the privacy guide. */
export async function fillNameForm(page: Page, name: string, unit: string): Promise<void> {
  await page.fill('.name-form__name input', name)
  await page.fill('.name-form__unit input', unit)
  await sendNameForm(page)
}

/** Calls a cloud function as the user signed in on this page (the dev session the page keeps). */
export function callAs(page: Page, name: string, data: unknown): Promise<any> {
  return page.evaluate(
    async ([name, data]) => {
      const session = JSON.parse(localStorage.getItem('cluster-declare.devSession') as string)
      const res = await fetch(`/api/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify(data) })
      return res.json()
    },
    [name, data] as const
  )
}

/** The application chosen on this page (the device's current application, as Taro storage keeps it). */
export function currentAppId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('cluster-declare.currentApp.v1') as string)
    return (JSON.parse(typeof stored.data === 'string' ? stored.data : JSON.stringify(stored)) as { appId: string }).appId
  })
}

/**
 * The shared e2e fixture: a local cloud serving dist/h5 with a fresh data folder, and one Chromium, for
 * the whole file. Read `e2e.cloud` / `e2e.browser` inside tests.
 */
export function useBrowserAndCloud(): { cloud: LocalCloud; browser: Browser; dataDir: string } {
  const state = {} as { cloud: LocalCloud; browser: Browser; dataDir: string }
  jest.setTimeout(120_000)
  beforeAll(async () => {
    state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-declare-e2e-'))
    state.cloud = await startLocalCloud({ dataDir: state.dataDir, port: 0, staticDir: H5_DIR })
    state.browser = await launchChromium()
  })
  afterAll(async () => {
    await state.browser?.close()
    await state.cloud?.close()
  })
  return state
}

/**
 * Uploads a photo as the page's user the way the app does (folder → upload route → attachEvidence) and returns its
 * hash, for e2e tests whose subject is not the camera (one real photo can then prove every claim of an application).
 */
export async function uploadPhotoAs(page: Page, appId: string, claim: { itemId: string; target: string }, jpeg: Buffer): Promise<string> {
  return page.evaluate(
    async ([appId, itemId, target, base64]) => {
      const session = JSON.parse(localStorage.getItem('cluster-declare.devSession') as string)
      const call = async (name: string, data: unknown) =>
        (await fetch(`/api/functions/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: JSON.stringify(data) })).json()
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('')
      const { data } = await call('evidenceFolder', { appId })
      const up = await (await fetch(`/api/files?cloudPath=${encodeURIComponent(`${data.folder}${hash}.jpg`)}`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` }, body: bytes })).json()
      const attached = await call('attachEvidence', { appId, itemId, target, hash, fileID: up.data.fileID })
      if (!attached.ok) throw new Error(attached.error.message)
      return hash
    },
    [appId, claim.itemId, claim.target, jpeg.toString('base64')] as const
  )
}
