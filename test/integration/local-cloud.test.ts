import Database from 'better-sqlite3'
import { createHash } from 'crypto'
import * as fs from 'fs'
import * as http from 'http'
import * as net from 'net'
import * as path from 'path'
import { MAX_BODY_BYTES } from '../../src/cloud/local'
import { login, post, postRaw, rowCount, startCloud, tempDataDir } from '../helpers/localCloud'

type Cloud = Awaited<ReturnType<typeof startCloud>>
let cloud: Cloud

beforeEach(async () => {
  cloud = await startCloud()
})
afterEach(async () => {
  await cloud.close()
})

const fn = (name: string) => `${cloud.url}/api/functions/${name}`

const userCount = (dataDir: string) => rowCount(dataDir, 'users')

describe('local cloud over real HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('logs a dev user in and tells whoami who the session belongs to', async () => {
    const me = await login(cloud, '张三（财务）')
    const r = await post(fn('whoami'), {}, me.token)
    expect(r.status).toBe(200)
    expect(r.body.data).toMatchObject({ openid: me.openid, displayName: '张三（财务）' })
  })

  it('gives the same display name the same identity and a new session token', async () => {
    const a = await login(cloud, '李四')
    const b = await login(cloud, '李四')
    expect(b.openid).toBe(a.openid)
    expect(b.token).not.toBe(a.token)
  })

  it('keeps identities and sessions across a server restart (SQLite file)', async () => {
    const me = await login(cloud, '王五')
    await cloud.close()
    cloud = await startCloud(cloud.dataDir)
    const r = await post(fn('whoami'), {}, me.token)
    expect(r.body.data.openid).toBe(me.openid)
  })

  it('writes its database in WAL mode inside the data folder', async () => {
    await login(cloud, '赵六')
    expect(fs.existsSync(path.join(cloud.dataDir, 'local-cloud.sqlite'))).toBe(true)
    const db = new Database(path.join(cloud.dataDir, 'local-cloud.sqlite'), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('refuses a function call without a session', async () => {
    const r = await post(fn('whoami'), {})
    expect(r.status).toBe(401)
    expect(r.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: '尚未登录或登录已失效，请重新登录。' })
  })

  it('refuses an unknown session token', async () => {
    const r = await post(fn('whoami'), {}, 'f'.repeat(64))
    expect(r.body.error.code).toBe('UNAUTHENTICATED')
  })

  it('refuses a forged openid in the body instead of using it', async () => {
    const me = await login(cloud, '孙七')
    const r = await post(fn('whoami'), { openid: 'local_someone_else' }, me.token)
    expect(r.status).toBe(400)
    expect(r.body.error.code).toBe('CALLER_IN_EVENT')
  })

  it('answers an unknown function with a clear code', async () => {
    const me = await login(cloud, '周八')
    const r = await post(fn('deleteEverything'), {}, me.token)
    expect(r.status).toBe(404)
    expect(r.body.error).toMatchObject({ code: 'UNKNOWN_FUNCTION', message: '请求的云函数不存在。' })
  })

  it('answers a malformed function path as an unknown function', async () => {
    const r = await post(`${cloud.url}/api/functions/who%20ami;drop`, {})
    expect(r.status).toBe(404)
  })

  it('answers malformed JSON with a clear code', async () => {
    const me = await login(cloud, '吴九')
    const r = await postRaw(fn('whoami'), '{"broken": ', me.token)
    expect(r.status).toBe(400)
    expect(r.body.error).toMatchObject({ code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON 格式。' })
  })

  it('refuses an oversized payload before parsing it', async () => {
    const me = await login(cloud, '郑十')
    const r = await postRaw(fn('whoami'), JSON.stringify({ x: 'a'.repeat(MAX_BODY_BYTES) }), me.token)
    expect(r.status).toBe(413)
    expect(r.body.error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('refuses a GET on a function', async () => {
    const res = await fetch(fn('whoami'))
    expect(res.status).toBe(405)
    expect((await res.json()).error.code).toBe('METHOD_NOT_ALLOWED')
  })

  it.each([
    ['blank', '   '],
    ['too long', '名'.repeat(21)],
    ['control characters', 'a\u0000b'],
    ['bidi override', '\u202e张三'],
    ['zero-width', '张\u200b三'],
    ['not a string', 42]
  ])('refuses a %s display name and stores no user', async (_case, displayName) => {
    const r = await post(`${cloud.url}/api/dev/login`, { displayName })
    expect(r.status).toBe(400)
    expect(r.body.error).toMatchObject({ code: 'INVALID_DISPLAY_NAME', path: 'displayName' })
    expect(userCount(cloud.dataDir)).toBe(0)
  })

  it('accepts a 20-character name counted as a person counts, including emoji', async () => {
    const name = '😀'.repeat(20)
    const me = await login(cloud, name)
    expect(me.openid).toMatch(/^local_/)
  })

  it('answers an unknown API path with NOT_FOUND', async () => {
    const r = await post(`${cloud.url}/api/nothing`, {})
    expect(r.body.error.code).toBe('NOT_FOUND')
  })
})

describe('local cloud static files', () => {
  let site: Cloud
  let staticDir: string
  beforeEach(async () => {
    staticDir = tempDataDir()
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html>app</html>')
    fs.mkdirSync(path.join(staticDir, 'js'))
    fs.writeFileSync(path.join(staticDir, 'js', 'app.js'), 'console.log(1)')
    site = await startCloud(tempDataDir(), staticDir)
  })
  afterEach(() => site.close())

  it('serves the H5 build and falls back to index.html for app routes', async () => {
    expect(await (await fetch(`${site.url}/js/app.js`)).text()).toBe('console.log(1)')
    expect(await (await fetch(`${site.url}/pages/chat/index`)).text()).toBe('<html>app</html>')
  })

  it('never serves a file outside the build folder', async () => {
    const status = await new Promise<string>((resolve) => {
      const socket = net.connect(site.port, '127.0.0.1', () => {
        socket.write(`GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:${site.port}\r\nConnection: close\r\n\r\n`)
      })
      let data = ''
      socket.on('data', (d) => (data += d))
      socket.on('end', () => resolve(data.split('\r\n')[0]))
    })
    expect(status).toMatch(/ 403 /)
  })
})

/** A request with a chosen Host header (fetch does not let a test set it). */
function request(port: number, host: string | null, method: string, pathname: string, body?: string, token?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
    if (host !== null) headers.host = host
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, headers, setHost: host === null ? false : undefined } as http.RequestOptions, (res) => {
      let data = ''
      res.on('data', (d) => (data += d))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('local cloud hardening', () => {
  it.each(['evil.example', `evil.example:PORT`, '127.0.0.1:1', 'localhost'])('refuses a request whose Host is %s, and logs no one in', async (host) => {
    const r = await request(cloud.port, host.replace('PORT', String(cloud.port)), 'POST', '/api/dev/login', JSON.stringify({ displayName: '负责人' }))
    expect(r.status).toBe(421)
    expect(JSON.parse(r.body).error).toEqual({ code: 'HOST_NOT_ALLOWED', message: '请通过 127.0.0.1 或 localhost 访问本地服务。' })
    expect(userCount(cloud.dataDir)).toBe(0)
  })

  it('refuses a request without a Host header', async () => {
    const r = await request(cloud.port, null, 'GET', '/api/health')
    // Node's HTTP server answers an HTTP/1.1 request without Host with 400 before our handler runs.
    expect([400, 421]).toContain(r.status)
  })

  it('answers on 127.0.0.1 and localhost with the right port', async () => {
    expect((await request(cloud.port, `127.0.0.1:${cloud.port}`, 'GET', '/api/health')).status).toBe(200)
    expect((await request(cloud.port, `localhost:${cloud.port}`, 'GET', '/api/health')).status).toBe(200)
  })

  it('sends nosniff and no-framing headers with every answer', async () => {
    const r = await request(cloud.port, `127.0.0.1:${cloud.port}`, 'POST', '/api/functions/whoami', '{}')
    expect(r.headers['x-content-type-options']).toBe('nosniff')
    expect(r.headers['x-frame-options']).toBe('DENY')
  })

  it('ends a session at logout, and a second logout is refused', async () => {
    const me = await login(cloud, '孙七')
    expect((await post(`${cloud.url}/api/dev/logout`, {}, me.token)).body).toEqual({ ok: true, data: { loggedOut: true } })
    expect((await post(fn('whoami'), {}, me.token)).body.error.code).toBe('UNAUTHENTICATED')
    const again = await post(`${cloud.url}/api/dev/logout`, {}, me.token)
    expect(again.status).toBe(401)
    expect(again.body.error.message).toBe('尚未登录或登录已失效，请重新登录。')
  })

  it('lets a session expire 30 days after login', async () => {
    let now = new Date('2024-03-01T00:00:00.000Z')
    const dataDir = tempDataDir()
    const timed = await startCloud(dataDir, undefined, () => now)
    try {
      const me = await login(timed, '周八')
      now = new Date('2024-03-30T23:59:59.000Z')
      expect((await post(`${timed.url}/api/functions/whoami`, {}, me.token)).body.ok).toBe(true)
      now = new Date('2024-03-31T00:00:00.000Z')
      const r = await post(`${timed.url}/api/functions/whoami`, {}, me.token)
      expect(r.status).toBe(401)
      expect(r.body.error).toEqual({ code: 'UNAUTHENTICATED', message: '尚未登录或登录已失效，请重新登录。' })
    } finally {
      await timed.close()
    }
  })
})

describe('local cloud static files: only regular files inside the build folder', () => {
  let site: Cloud
  let staticDir: string
  let outside: string
  beforeEach(async () => {
    staticDir = tempDataDir()
    outside = tempDataDir()
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret')
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head><script>var a=1;</script><script src="/js/app.js"></script></head></html>')
    fs.mkdirSync(path.join(staticDir, 'js'))
    fs.writeFileSync(path.join(staticDir, 'js', 'app.js'), 'console.log(1)')
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(staticDir, 'leak.txt'))
    fs.symlinkSync(outside, path.join(staticDir, 'outdir'))
    fs.symlinkSync(path.join(staticDir, 'js', 'app.js'), path.join(staticDir, 'alias.js'))
    site = await startCloud(tempDataDir(), staticDir)
  })
  afterEach(() => site.close())

  it.each(['/leak.txt', '/outdir/secret.txt'])('refuses %s, a symlink out of the build folder', async (p) => {
    const r = await fetch(`${site.url}${p}`)
    expect(r.status).toBe(403)
    expect(await r.text()).not.toContain('secret')
  })

  it('serves a symlink that stays inside the build folder', async () => {
    expect(await (await fetch(`${site.url}/alias.js`)).text()).toBe('console.log(1)')
  })

  it('sends index.html with a CSP that allows exactly its own inline script', async () => {
    const r = await fetch(`${site.url}/`)
    const csp = r.headers.get('content-security-policy') ?? ''
    const hash = createHash('sha256').update('var a=1;').digest('base64')
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('local cloud shutdown', () => {
  it('closes cleanly and frees its port', async () => {
    const c = await startCloud()
    const port = c.port
    await c.close()
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow()
    await cloud.close()
    cloud = await startCloud()
  })
})
