import Database from 'better-sqlite3'
import * as fs from 'fs'
import * as os from 'os'
import * as path from 'path'
import { startLocalCloud, type LocalCloud } from '../../src/cloud/local'

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-declare-'))
}

export async function startCloud(dataDir = tempDataDir(), staticDir?: string, now?: () => Date): Promise<LocalCloud & { dataDir: string }> {
  const cloud = await startLocalCloud({ dataDir, port: 0, ...(staticDir ? { staticDir } : {}), ...(now ? { clock: { now } } : {}) })
  return Object.assign(cloud, { dataDir })
}

export interface Reply {
  status: number
  body: any
}

/** POSTs a raw string body (so tests can send malformed JSON) to the local cloud. */
export async function postRaw(url: string, body: string, token?: string): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body
  })
  return { status: res.status, body: await res.json() }
}

export const post = (url: string, data: unknown, token?: string) => postRaw(url, JSON.stringify(data), token)

export async function login(cloud: LocalCloud, displayName: string): Promise<{ token: string; openid: string }> {
  const r = await post(`${cloud.url}/api/dev/login`, { displayName })
  if (!r.body.ok) throw new Error(JSON.stringify(r.body))
  return r.body.data
}

/** Rows in one table of a local cloud's SQLite file (read-only), to prove that nothing was written. */
export function rowCount(dataDir: string, table: 'users' | 'fields' | 'audit' | 'ops' | 'evidence'): number {
  const db = new Database(path.join(dataDir, 'local-cloud.sqlite'), { readonly: true })
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  } finally {
    db.close()
  }
}
