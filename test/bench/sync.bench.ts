/**
 * Sync against the local cloud running as its own process, 50 dev users (all members), two phases:
 * - capacity (closed loop): each client saves again as soon as its last save returns → sync_saves_per_s and
 *   sync_p95_saturated_ms (latency when the server is the bottleneck);
 * - the required load (open loop): 50 clients together offering 500 saves/s (one save every 100 ms each,
 *   jittered) → sync_p95_ms, the latency a user sees at the target rate.
 * The server's peak RSS over both is read from /proc (VmHWM).
 */
import { spawn } from 'child_process'
import { randomUUID } from 'crypto'
import * as fs from 'fs'
import * as http from 'http'
import * as net from 'net'
import * as os from 'os'
import * as path from 'path'

const CLIENTS = 50
const SAVES_EACH = 40
const ITEMS = ['s2.leadingCagr', 's1.area', 's4.cloudRate', 's4.iiotRate', 's3.smeEmployees', 's3.pctApplications', 's5.energyReduction', 's5.waterReuseRate']

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port
      s.close(() => resolve(p))
    })
  })
}

/** The request body of one answer, as the sync client sends it (a year row: the largest common cell). */
export function answerPatchBody(appId: string): string {
  return JSON.stringify({
    appId,
    ops: [{ opId: randomUUID(), itemId: 's2.totalOutput', value: { '2021': '118.36', '2022': '131.52', '2023': '146.80' }, baseVersion: 3 }]
  })
}

export async function benchSync(serverFile: string, root: string): Promise<Record<string, number>> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-bench-'))
  const child = spawn(process.execPath, [serverFile], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, APP_ROOT: root }, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => child.stdout?.on('data', (d: Buffer) => d.toString().includes('local cloud:') && resolve()))
  let peakKb = 0
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (m) peakKb = Math.max(peakKb, Number(m[1]))
    } catch {
      /* process gone */
    }
  }
  const sampler = setInterval(sample, 50)
  // A light load generator (node:http with keep-alive) so the two cores go to the server, not to the clients.
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 5 })
  const post = (p: string, body: unknown, token?: string): Promise<any> =>
    new Promise((resolve, reject) => {
      const data = typeof body === 'string' ? body : JSON.stringify(body)
      const req = http.request(
        { host: '127.0.0.1', port, path: p, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (c) => (text += c))
          res.on('end', () => resolve(JSON.parse(text)))
        }
      )
      req.on('error', reject)
      req.end(data)
    })
  try {
    const owner = (await post('/api/dev/login', { displayName: '基准负责人' })).data.token
    const appId = (await post('/api/functions/createApplication', {}, owner)).data.id
    const invite = (await post('/api/functions/createInvite', { appId, role: 'operator', expiresInHours: 1, maxUses: 50 }, owner)).data.token
    const tokens: string[] = []
    for (let i = 0; i < CLIENTS; i++) {
      const s = (await post('/api/dev/login', { displayName: `基准${i}` })).data
      const memberId = (await post('/api/functions/joinApplication', { token: invite }, s.token)).data.memberId
      await post('/api/functions/assignSections', { appId, memberId, sections: ['s1', 's2', 's3', 's4', 's5'] }, owner)
      tokens.push(s.token)
    }
    const latencies: number[] = []
    // phase 1: capacity
    const t0 = performance.now()
    await Promise.all(
      tokens.map(async (token, c) => {
        for (let i = 0; i < SAVES_EACH; i++) {
          const body = { appId, ops: [{ opId: randomUUID(), itemId: ITEMS[(c + i) % ITEMS.length], value: String(10 + ((c * SAVES_EACH + i) % 80)), baseVersion: 0 }] }
          const s = performance.now()
          const r = await post('/api/functions/patchAnswers', body, token)
          latencies.push(performance.now() - s)
          if (!r.ok) throw new Error(JSON.stringify(r))
        }
      })
    )
    const seconds = (performance.now() - t0) / 1000
    const p95 = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] * 10) / 10

    const openLoop: number[] = []
    const PERIOD_MS = 100 // 50 clients × 10 saves/s = 500 saves/s offered
    await Promise.all(
      tokens.map(async (token, c) => {
        await new Promise((r) => setTimeout(r, Math.random() * PERIOD_MS))
        const pending: Promise<void>[] = []
        for (let i = 0; i < SAVES_EACH; i++) {
          const body = { appId, ops: [{ opId: randomUUID(), itemId: ITEMS[(c + i) % ITEMS.length], value: String(10 + (i % 80)), baseVersion: 0 }] }
          const s0 = performance.now()
          pending.push(post('/api/functions/patchAnswers', body, token).then(() => void openLoop.push(performance.now() - s0)))
          await new Promise((r) => setTimeout(r, PERIOD_MS * (0.5 + Math.random())))
        }
        await Promise.all(pending)
      })
    )
    sample()
    return {
      sync_saves_per_s: Math.round((CLIENTS * SAVES_EACH) / seconds),
      sync_p95_ms: p95(openLoop),
      sync_p95_saturated_ms: p95(latencies),
      sync_server_rss_mb: Math.round((peakKb / 1024) * 10) / 10,
      answer_patch_bytes: Buffer.byteLength(answerPatchBody(appId))
    }
  } finally {
    agent.destroy()
    clearInterval(sampler)
    child.kill('SIGTERM')
  }
}
