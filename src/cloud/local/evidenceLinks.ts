/**
 * The local binding of the link port, standing in for `cloud.getTempFileURL`: a link is
 * `/api/photo?p=<cloud path>&e=<expiry ms>&s=<HMAC-SHA256>` and works for two hours (the WeChat default,
 * wxcloud/reference-server-api/storage/getTempFileURL). Links are signed with a secret kept in the data folder,
 * so they survive a restart of the local cloud and cannot be made up by anyone without it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'crypto'
import * as fs from 'fs'
import * as path from 'path'
import type { IncomingMessage, ServerResponse } from 'http'
import type { FileLinks } from '../ports/links'
import { EVIDENCE_PATH, type UploadStore } from '../ports/uploads'
import type { Clock } from '../core'
import { sendError } from './http'

export const LINK_MS = 2 * 60 * 60 * 1000
const PREFIX = 'local://'

export function linkSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, 'link-secret')
  try {
    return fs.readFileSync(file)
  } catch {
    const secret = randomBytes(32)
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

const sign = (secret: Buffer, cloudPath: string, expires: number) => createHmac('sha256', secret).update(`${cloudPath}\n${expires}`).digest('hex')

export function createLocalLinks(secret: Buffer, clock: Clock): FileLinks {
  return {
    async urls(fileIDs) {
      const expires = clock.now().getTime() + LINK_MS
      const out: Record<string, string> = {}
      for (const id of fileIDs) {
        if (!id.startsWith(PREFIX)) continue
        const p = id.slice(PREFIX.length)
        out[id] = `/api/photo?p=${encodeURIComponent(p)}&e=${expires}&s=${sign(secret, p, expires)}`
      }
      return out
    }
  }
}

/** `GET /api/photo?…`: the photo a valid, unexpired link names; anything else is 404 (no hint which part was wrong). */
export async function handlePhoto(req: IncomingMessage, res: ServerResponse, uploads: UploadStore, secret: Buffer, clock: Clock): Promise<void> {
  const q = new URL(req.url ?? '/', 'http://local').searchParams
  const p = q.get('p') ?? ''
  const expires = Number(q.get('e'))
  const given = Buffer.from(q.get('s') ?? '', 'hex')
  const wanted = Buffer.from(sign(secret, p, expires), 'hex')
  const valid = EVIDENCE_PATH.test(p) && Number.isFinite(expires) && expires > clock.now().getTime() && given.length === wanted.length && timingSafeEqual(given, wanted)
  const bytes = valid ? await uploads.read(PREFIX + p) : null
  if (bytes === null) return sendError(res, 'NOT_FOUND')
  res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length, 'cache-control': 'private, max-age=3600' })
  res.end(bytes)
}
