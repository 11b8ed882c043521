/**
 * Nothing lost, nothing doubled: the local cloud process is killed (SIGKILL) and restarted three times while a
 * sync client sends 200 answers; afterwards every answer is stored exactly once.
 */
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'child_process'
import { randomUUID } from 'crypto'
import { build } from 'esbuild'
import * as net from 'net'
import * as path from 'path'
import type { KeyValue } from '../../src/sync/deviceStore'
import { SyncClient } from '../../src/sync/syncClient'
import { tempDataDir } from '../helpers/localCloud'

jest.setTimeout(120_000)

const root = path.join(__dirname, '..', '..')
let serverFile: string
let port: number
let dataDir: string
let child: ChildProcess | null = null

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port
      s.close(() => resolve(p))
    })
  })
}

function startServer(): Promise<void> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [serverFile], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, APP_ROOT: root }, stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('local cloud:') && resolve())
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`local cloud exited (${code}): ${err}`)))
  })
}

function kill(): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
    child = null
  })
}

const url = (p: string) => `http://127.0.0.1:${port}${p}`
async function post(p: string, body: unknown, token?: string) {
  const res = await fetch(url(p), { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })
  return res.json()
}

beforeAll(async () => {
  // Inside the repository so the bundle finds better-sqlite3 in node_modules at run time.
  serverFile = path.join(root, 'dist', 'test', `server-${process.pid}.cjs`)
  await build({ entryPoints: [path.join(root, 'src/cloud/local/main.ts')], outfile: serverFile, bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], logLevel: 'warning' })
  port = await freePort()
  dataDir = tempDataDir()
})
afterAll(() => kill())

it('stores all 200 answers exactly once across three kills and restarts of the local cloud', async () => {
  await startServer()
  const login = await post('/api/dev/login', { displayName: '断网测试' })
  const token = login.data.token as string
  const appId = (await post('/api/functions/createApplication', {}, token)).data.id as string

  const data = new Map<string, string>()
  const kv: KeyValue = { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
  const client = new SyncClient(
    {
      kv,
      call: async (name, body) => {
        const res = await fetch(url(`/api/functions/${name}`), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
        return res.json()
      },
      now: () => Date.now(),
      newOpId: () => randomUUID()
    },
    appId
  )
  const items = ['s2.leadingCagr', 's1.area', 's4.cloudRate', 's3.smeEmployees']
  for (let i = 1; i <= 200; i++) client.enqueue(items[i % items.length], { value: String(i) })

  const killsAt = [150, 100, 50]
  let kills = 0
  while (client.unsynced > 0) {
    let finished = false
    const flushing = client.flush(true).then(() => (finished = true))
    // While batches are in flight, pull the plug once the outbox has shrunk to the next mark.
    while (!finished && kills < killsAt.length && client.unsynced > killsAt[kills]) await new Promise((r) => setTimeout(r, 1))
    if (!finished && kills < killsAt.length) {
      await kill()
      kills++
      await flushing
      await new Promise((r) => setTimeout(r, 100))
      await startServer()
      continue
    }
    await flushing
  }
  expect(kills).toBe(3)
  expect(client.snapshot.refused).toEqual([])

  await kill()
  const db = new Database(path.join(dataDir, 'local-cloud.sqlite'), { readonly: true })
  const audit = db.prepare("SELECT json_extract(doc, '$.opId') AS op FROM audit").all() as { op: string }[]
  const ops = (db.prepare('SELECT COUNT(*) AS n FROM ops').get() as { n: number }).n
  db.close()
  expect(audit).toHaveLength(200)
  expect(new Set(audit.map((a) => a.op)).size).toBe(200)
  expect(ops).toBe(200)
})
