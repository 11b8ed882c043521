/**
 * The local binding of the upload port: uploads are files under <dataDir>/files/<cloud path>, and a
 * fileID is `local://<cloud path>`. `POST /api/files?cloudPath=…` (raw body, dev session) stands in for
 * `wx.cloud.uploadFile`: like WeChat's default storage rule (仅创建者可写), a user may write only paths
 * under their own folder, and the same path overwrites.
 */
import * as fs from 'fs'
import * as path from 'path'
import type { IncomingMessage, ServerResponse } from 'http'
import { fail, ok } from '../../errors'
import { MAX_FILE_BYTES } from '../../lists'
import { EVIDENCE_PATH, IMPORT_PATH, type UploadStore } from '../ports/uploads'
import { EVIDENCE_MAX_BYTES } from '../core/imageCheck'
import type { Caller } from '../core'
import { sendError, sendResult } from './http'

const PREFIX = 'local://'

export interface DiskUploads extends UploadStore {
  write(cloudPath: string, bytes: Uint8Array): string
}

export function createDiskUploads(dataDir: string): DiskUploads {
  const root = path.join(dataDir, 'files')
  const at = (cloudPath: string) => path.join(root, ...cloudPath.split('/'))
  return {
    pathOf(fileID) {
      const p = fileID.startsWith(PREFIX) ? fileID.slice(PREFIX.length) : null
      return p !== null && (IMPORT_PATH.test(p) || EVIDENCE_PATH.test(p)) ? p : null
    },
    async read(fileID) {
      const p = this.pathOf(fileID)
      if (p === null) return null
      try {
        return await fs.promises.readFile(at(p))
      } catch {
        return null
      }
    },
    write(cloudPath, bytes) {
      fs.mkdirSync(path.dirname(at(cloudPath)), { recursive: true })
      fs.writeFileSync(at(cloudPath), bytes)
      return PREFIX + cloudPath
    }
  }
}

/**
 * The upload route. The body is the file itself; its size is capped by what the path is for: a spreadsheet
 * like the import (5 MB), an evidence photo like the evidence check (1 MB). Only the two path shapes above.
 */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, files: DiskUploads, caller: Caller | null): Promise<void> {
  if (caller === null) return sendError(res, 'UNAUTHENTICATED')
  const cloudPath = new URL(req.url ?? '/', 'http://local').searchParams.get('cloudPath') ?? ''
  const limit = IMPORT_PATH.test(cloudPath) ? MAX_FILE_BYTES : EVIDENCE_PATH.test(cloudPath) ? EVIDENCE_MAX_BYTES : 0
  if (limit === 0 || cloudPath.split('/')[2] !== caller.openid) {
    req.resume()
    return sendResult(res, fail(cloudPath.startsWith('evidence/') ? 'EVIDENCE_FORBIDDEN' : 'UPLOAD_FORBIDDEN', 'cloudPath'))
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    return sendError(res, 'PAYLOAD_TOO_LARGE')
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return sendError(res, 'PAYLOAD_TOO_LARGE')
    chunks.push(chunk)
  }
  sendResult(res, ok({ fileID: files.write(cloudPath, Buffer.concat(chunks)) }))
}
