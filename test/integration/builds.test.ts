import * as fs from 'fs'
import * as path from 'path'
import * as vm from 'vm'
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
    expect(app.subPackages).toEqual(['chat', 'overview', 'table', 'members', 'evidence', 'messages'].map((p) => ({ root: `pages/${p}`, pages: ['index'] })))
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

  it('keeps the rule module out of the main package: home loads its check from the chat subpackage with require.async', () => {
    const app = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
    const subRoots: string[] = app.subPackages.map((p: { root: string }) => `${p.root}/`)
    const main = jsFiles(weapp).filter((f) => !subRoots.some((r) => f.startsWith(r)))
    expect(main).toContain('common.js')
    // Rule codes only the rule checks emit.
    for (const f of main) expect([f, fs.readFileSync(path.join(weapp, f), 'utf8').includes('GATE_FAILED')]).toEqual([f, false])
    const chunk = fs.readFileSync(path.join(weapp, 'pages/chat/home-progress.js'), 'utf8')
    expect(chunk).toContain('GATE_FAILED')
    // A literal path from a file in the package root, so WeChat's upload keeps the file (src/platform/chunkLoading.weapp.ts).
    const loaders = main.filter((f) => !f.includes('/') && fs.readFileSync(path.join(weapp, f), 'utf8').includes('require.async("./pages/chat/home-progress.js")'))
    expect(loaders).toHaveLength(1)
  })

  it('runs home’s rule check chunk with only the main package loaded, and it finds what the rule module finds', () => {
    const app = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
    const subRoots: string[] = app.subPackages.map((p: { root: string }) => `${p.root}/`)
    const main = jsFiles(weapp).filter((f) => !subRoots.some((r) => f.startsWith(r)) && f !== 'runtime.js')
    // WeChat-like context: webpack's runtime, then every main-package file registers its modules; the entries
    // (app and page start-up, which need WeChat) are left out, only modules are registered.
    const context = vm.createContext({ wx: {}, require: () => ({}), console })
    vm.runInContext(fs.readFileSync(path.join(weapp, 'runtime.js'), 'utf8'), context)
    const jsonp = context.wx.webpackJsonp
    const push = jsonp.push.bind(jsonp)
    let webpackRequire: ((id: string) => Record<string, unknown>) | null = null
    push([['probe'], {}, (r: (id: string) => Record<string, unknown>) => (webpackRequire = r)])
    jsonp.push = (item: unknown[]) => push([item[0], item[1]])
    for (const f of main) vm.runInContext(fs.readFileSync(path.join(weapp, f), 'utf8'), context)
    const chunkFile = fs.readFileSync(path.join(weapp, 'pages/chat/home-progress.js'), 'utf8')
    vm.runInContext(chunkFile, context)
    const ids = [...chunkFile.matchAll(/[{,](\d+):function\(/g)].map((m) => m[1])
    expect(ids.length).toBeGreaterThan(10)
    // Every module of the chunk runs: whatever it needs is in the chunk or in the main package.
    const exportsOf = ids.map((id) => webpackRequire!(id))
    // The chunk's entry is the function home calls: (answers, now) → every section's progress with findings.
    const answers = { 's2.smeOutputShare': { value: { '2021': '82.30', '2022': '120.00', '2023': '84.60' } } }
    const results = exportsOf.flatMap((e) =>
      Object.values(e).flatMap((f) => {
        if (typeof f !== 'function' || f.length !== 2) return []
        try {
          const r = f(answers, new Date('2026-11-27T00:00:00Z'))
          return Array.isArray(r) && r.length > 0 && r.every((p) => p && typeof p === 'object' && 'errors' in p) ? [r] : []
        } catch {
          return []
        }
      })
    )
    expect(results).toHaveLength(1)
    const s2 = results[0].find((p: { id: string }) => p.id === 's2')
    expect(s2.errors.map((f: { code: string }) => f.code)).toEqual(['SHARE_OUT_OF_RANGE'])
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
    // Chunks loaded on demand sit in subfolders (js/pages/chat/home-progress.*.js).
    const js = jsFiles(path.join(root, 'dist', 'h5', 'js')).map((f) => fs.readFileSync(path.join(root, 'dist', 'h5', 'js', f), 'utf8'))
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

  it('is the one function for user calls (beside the reminders timer and the mediaCheck push receiver), self-contained, with a package.json depending on wx-server-sdk and a timeout that fits a batch', () => {
    need(entry)
    expect(fs.readdirSync(cloudDir).sort()).toEqual(['api', 'mediaCheck', 'reminders'])
    const pkg = JSON.parse(fs.readFileSync(path.join(cloudDir, 'api', 'package.json'), 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk'])
    // WeChat's default is 3 s (shared/wechat.md); a full batch is bench key wx_batch_ms_at_20ms.
    expect(JSON.parse(fs.readFileSync(path.join(cloudDir, 'api', 'config.json'), 'utf8')).timeout).toBe(20)
  })

  it('may call the printed-text OCR and the image content check (cloud-call permissions)', () => {
    need(entry)
    const openapi = JSON.parse(fs.readFileSync(path.join(cloudDir, 'api', 'config.json'), 'utf8')).permissions.openapi
    expect(openapi).toEqual(expect.arrayContaining(['ocr.printedText', 'security.mediaCheckAsync']))
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

describe('bundled mediaCheck push function', () => {
  const entry = path.join(cloudDir, 'mediaCheck', 'index.js')

  it('is self-contained, depends only on wx-server-sdk and leaves the router out', () => {
    need(entry)
    const pkg = JSON.parse(fs.readFileSync(path.join(cloudDir, 'mediaCheck', 'package.json'), 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk'])
    expect(fs.readFileSync(entry, 'utf8')).not.toContain('patchAnswers')
  })

  // Both refusals come before the database is touched, so they run without a cloud environment.
  it('refuses a call from the mini-program and a malformed push with their Chinese messages', async () => {
    need(entry)
    const { main } = require(entry)
    const push = { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-1', result: { suggest: 'pass' } }
    expect(await main({ ...push, userInfo: { appId: 'wx_test_app', openId: 'o_user' } })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有权限执行此操作。' } })
    expect(await main({ ...push, result: { suggest: 'unknown' } })).toEqual({
      ok: false,
      error: { code: 'MEDIA_CHECK_INVALID', path: 'result.suggest', message: '收到的内容安全检测结果格式不正确，未作处理。' }
    })
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
