import * as http from 'http'
import type { AddressInfo } from 'net'
import { fail, ok } from '../../errors'
import { runFunction, systemClock, type Clock } from '../core'
import { openDb } from './db'
import { createDevAuth } from './devAuth'
import { createSqliteStore } from './sqliteStore'
import { randomBytes } from 'crypto'
import { bearerToken, readJson, sendError, sendResult } from './http'
import { serveStatic } from './static'
import { hostAllowed, securityHeaders } from './headers'
import { createDiskUploads, handleUpload } from './uploads'
import { createLocalLinks, handlePhoto, linkSecret } from './evidenceLinks'
import { createTesseractOcr } from './tesseract'
import { DEV_SCAN_PATH, handleDevScan, startLocalReminders } from './reminders'

export interface LocalCloudOptions {
  /** Folder of the SQLite file; created if missing. */
  dataDir: string
  /** 0 picks a free port. */
  port: number
  /** The H5 build to serve; omitted in API-only tests. */
  staticDir?: string
  clock?: Clock
  /** Run the reminder scan every this many ms (0 or absent: only on demand, POST /api/dev/reminders/scan). */
  reminderScanMs?: number
}

export interface LocalCloud {
  url: string
  port: number
  close(): Promise<void>
}

const HOST = '127.0.0.1' // never reachable from another machine: dev logins have no password

/**
 * The local stand-in for WeChat cloud development: `POST /api/functions/<name>` runs the same pure
 * handlers as the cloud function adapters, with the caller taken from the dev session.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const clock = options.clock ?? systemClock
  const db = openDb(options.dataDir)
  const auth = createDevAuth(db, clock)
  const store = createSqliteStore(db)
  const random = (bytes: number) => randomBytes(bytes).toString('hex')
  const uploads = createDiskUploads(options.dataDir)
  const secret = linkSecret(options.dataDir)
  const links = createLocalLinks(secret, clock)
  const ocr = createTesseractOcr()
  const reminders = startLocalReminders(db, store, clock, options.reminderScanMs ?? 0)

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/api/health') return sendResult(res, ok({ status: 'ok' }))
    if (pathname === '/api/photo' && (req.method === 'GET' || req.method === 'HEAD')) return handlePhoto(req, res, uploads, secret, clock)
    if (req.method !== 'POST') return sendError(res, 'METHOD_NOT_ALLOWED')
    if (pathname === '/api/dev/login') {
      const body = await readJson(req)
      if (!body.ok) return sendError(res, body.code)
      const name = (body.value as { displayName?: unknown } | null)?.displayName
      const session = auth.login(name as string)
      if (session === null) return sendResult(res, fail('INVALID_DISPLAY_NAME', 'displayName'))
      return sendResult(res, ok({ token: session.token, openid: session.caller.openid, displayName: session.caller.displayName }))
    }
    if (pathname === '/api/dev/logout') {
      const token = bearerToken(req)
      if (token === null || !auth.logout(token)) return sendError(res, 'UNAUTHENTICATED')
      return sendResult(res, ok({ loggedOut: true }))
    }
    if (pathname === DEV_SCAN_PATH) return handleDevScan(res, reminders, bearerToken(req) === null ? null : auth.resolve(bearerToken(req) as string))
    if (pathname === '/api/files') return handleUpload(req, res, uploads, bearerToken(req) === null ? null : auth.resolve(bearerToken(req) as string))
    const match = /^\/api\/functions\/([A-Za-z][A-Za-z0-9_]{0,63})$/.exec(pathname)
    if (!match) return sendError(res, pathname.startsWith('/api/functions/') ? 'UNKNOWN_FUNCTION' : 'NOT_FOUND')
    const body = await readJson(req)
    if (!body.ok) return sendError(res, body.code)
    const token = bearerToken(req)
    const caller = token === null ? null : auth.resolve(token)
    sendResult(res, await runFunction(match[1], body.value, { caller, clock, store, random, uploads, links, ocr }))
  }

  const server = http.createServer((req, res) => {
    securityHeaders(res)
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name: only our own names are served.
    if (!hostAllowed(req.headers.host, port)) {
      req.resume()
      return sendError(res, 'HOST_NOT_ALLOWED')
    }
    const pathname = (req.url ?? '/').split('?')[0]
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, pathname).catch((err) => {
        console.error('local cloud request failed', err)
        if (!res.headersSent) sendError(res, 'INTERNAL')
      })
      return
    }
    if (options.staticDir === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return sendError(res, 'NOT_FOUND')
    serveStatic(options.staticDir, pathname, res)
  })

  let port = 0
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, HOST, () => resolve())
  })
  port = (server.address() as AddressInfo).port

  let closing: Promise<void> | null = null
  return {
    url: `http://${HOST}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        // Stop accepting, let in-flight requests finish, then close the database so the WAL is checkpointed.
        reminders.stop()
        server.close(() => {
          db.close()
          resolve()
        })
        server.closeIdleConnections()
        setTimeout(() => server.closeAllConnections(), 2000).unref()
      })
      return closing
    }
  }
}
