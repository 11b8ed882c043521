import * as fs from 'fs'
import * as path from 'path'
import { COMPLETE_APPLICATION, withAnswer } from '../fixtures/completeApplication'

/**
 * Checks of the built artefacts (npm test builds them first). Deterministic: sizes are file sizes, not times.
 */
const root = path.join(__dirname, '..', '..')
const weapp = path.join(root, 'dist', 'weapp')
const cloudDir = path.join(root, 'dist', 'cloud')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with the .mjs scripts
const { es2017Violation, jsFiles } = require('../../scripts/lib/es2017.cjs') as {
  es2017Violation: (source: string) => { message: string; at: string; excerpt: string } | null
  jsFiles: (dir: string) => string[]
}
const MAIN_PACKAGE_LIMIT_KB = 2048 // WeChat: main package ≤ 2 MB

function need(p: string): void {
  if (!fs.existsSync(p)) throw new Error(`${path.relative(root, p)} missing: run npm run build (npm test builds it)`)
}

function dirBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const p = path.join(dir, e.name)
    return n + (e.isDirectory() ? dirBytes(p) : fs.statSync(p).size)
  }, 0)
}

describe('weapp build', () => {
  it('has only the home and privacy pages in the main package, the filling pages in subpackages, and no dev login page', () => {
    need(path.join(weapp, 'app.json'))
    const app = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
    expect(app.pages).toEqual(['pages/index/index', 'pages/privacy/index'])
    expect(app.subPackages).toEqual(['chat', 'overview', 'table', 'members', 'messages'].map((p) => ({ root: `pages/${p}`, pages: ['index'] })))
    expect(app.preloadRule['pages/index/index'].packages).toEqual(['pages/chat', 'pages/members'])
  })

  it('declares style v2 and a sitemap that keeps every page out of WeChat search, and no browser-only keys', () => {
    const app = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
    expect(app.style).toBe('v2')
    expect(app.sitemapLocation).toBe('sitemap.json')
    expect(JSON.parse(fs.readFileSync(path.join(weapp, 'sitemap.json'), 'utf8'))).toEqual({ rules: [{ action: 'disallow', page: '*' }] })
    expect(app).not.toHaveProperty('animation')
  })

  it('ships only JavaScript that an ES2017 engine parses, in every file', () => {
    need(weapp)
    const files = jsFiles(weapp)
    expect(files).toContain('vendors.js')
    const violations = files.map((f) => ({ file: f, error: es2017Violation(fs.readFileSync(path.join(weapp, f), 'utf8')) })).filter((v) => v.error)
    expect(violations).toEqual([])
  })

  it('uploads minified and without WeChat’s ES5 pass, the settings the compile check measures with', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8'))
    expect(config.setting).toMatchObject({ es6: false, enhance: false, minified: true, minifyWXML: true, minifyWXSS: true })
    expect(fs.readFileSync(path.join(root, 'scripts', 'weapp-compile-check.mjs'), 'utf8')).toContain('setting: uploadSettings(root)')
  })

  it('checks ES2017 strictly: optional chaining, ?? and object spread are refused, async functions pass', () => {
    expect(es2017Violation('var a = b?.c')).not.toBeNull()
    expect(es2017Violation('var a = b ?? c')).not.toBeNull()
    expect(es2017Violation('var a = {...b}')).not.toBeNull()
    expect(es2017Violation('async function f() { await g() }')).toBeNull()
  })

  it('stays under WeChat’s 2 MB main package limit', () => {
    need(weapp)
    expect(dirBytes(weapp) / 1024).toBeLessThan(MAIN_PACKAGE_LIMIT_KB)
  })

  it('uses the WeChat cloud binding, not the browser one', () => {
    const js = fs
      .readdirSync(weapp, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(weapp, f), 'utf8'))
      .join('\n')
    expect(js).toContain('.cloud.callFunction(')
    expect(js).toContain('"api"')
    expect(js).not.toContain('/api/functions/')
  })
})

describe('h5 build', () => {
  it('includes the dev login page for the local cloud', () => {
    need(path.join(root, 'dist', 'h5', 'index.html'))
    const js = fs.readdirSync(path.join(root, 'dist', 'h5', 'js')).map((f) => fs.readFileSync(path.join(root, 'dist', 'h5', 'js', f), 'utf8'))
    expect(js.some((t) => t.includes('/api/dev/login'))).toBe(true)
  })
})

describe('bundled router cloud function', () => {
  const entry = path.join(cloudDir, 'api', 'index.js')
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  // wx-server-sdk's getWXContext() reads WX_CONTEXT_KEYS and the WX_* variables the platform sets.
  function asWeChatUser(openid: string | null) {
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID'
    process.env.WX_APPID = 'wx_test_app'
    if (openid === null) delete process.env.WX_OPENID
    else process.env.WX_OPENID = openid
  }

  it('is the one router function beside the reminders timer, self-contained, with a package.json depending on wx-server-sdk and a timeout that fits a batch', () => {
    need(entry)
    expect(fs.readdirSync(cloudDir)).toEqual(['api', 'reminders'])
    const pkg = JSON.parse(fs.readFileSync(path.join(cloudDir, 'api', 'package.json'), 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk'])
    // WeChat's default is 3 s (shared/wechat.md); a full batch is bench key wx_batch_ms_at_20ms.
    expect(JSON.parse(fs.readFileSync(path.join(cloudDir, 'api', 'config.json'), 'utf8')).timeout).toBe(20)
  })

  it('takes the caller from getWXContext, ignoring the userInfo WeChat adds to the event', async () => {
    need(entry)
    asWeChatUser('o_real_user')
    const { main } = require(entry)
    const r = await main({ fn: 'whoami', data: {}, userInfo: { appId: 'wx_test_app', openId: 'o_real_user' } })
    expect(r).toMatchObject({ ok: true, data: { openid: 'o_real_user' } })
  })

  it('refuses an event that tries to name the caller', async () => {
    asWeChatUser('o_real_user')
    const { main } = require(entry)
    expect((await main({ fn: 'whoami', data: { openid: 'o_someone_else' } })).error.code).toBe('CALLER_IN_EVENT')
    expect((await main({ fn: 'whoami', data: {}, openid: 'o_someone_else' })).error.code).toBe('CALLER_IN_EVENT')
  })

  it('refuses a call that carries no OPENID (e.g. a timer trigger)', async () => {
    asWeChatUser(null)
    const { main } = require(entry)
    expect((await main({ fn: 'whoami', data: {} })).error.code).toBe('UNAUTHENTICATED')
  })
})

describe('checkAnswers through the bundled router runs the shared rule module', () => {
  const entry = path.join(cloudDir, 'api', 'index.js')
  const checkAnswers = (data: object) => require(entry).main({ fn: 'checkAnswers', data })
  const saved = { ...process.env }
  beforeEach(() => {
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID'
    process.env.WX_OPENID = 'o_county_reviewer'
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  it('finds nothing blocking in the complete application at 提交 level', async () => {
    need(entry)
    const r = await checkAnswers({ answers: COMPLETE_APPLICATION, level: 'submit' })
    expect(r.ok).toBe(true)
    expect(r.data.blocking).toBe(0)
    expect(r.data.findings.map((f: { code: string }) => f.code)).toEqual(['LEADING_OUTPUT_DERIVED', 'LEADING_OUTPUT_DERIVED', 'LEADING_OUTPUT_DERIVED'])
  })

  it('finds the same blocking gate as the phone in a broken copy', async () => {
    const r = await checkAnswers({ answers: withAnswer('s1.incidents', { value: 's1.incidents.1' }), level: 'submit' })
    expect(r.data.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { code: string }) => f.code)).toEqual(['GATE_FAILED'])
  })

  it('refuses an unknown level with a clear code', async () => {
    const r = await checkAnswers({ answers: {}, level: 'publish' })
    expect(r.error).toMatchObject({ code: 'INVALID_EVENT', path: 'level' })
  })
})
