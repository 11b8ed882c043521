/** Cloud storage as the handlers see it, in memory: files by path, fileIDs `cloud://env.bucket/<path>` like WeChat's. */
import type { FileLinks } from '../../src/cloud/ports/links'
import type { UploadStore } from '../../src/cloud/ports/uploads'

export function memoryStorage() {
  const files = new Map<string, Uint8Array>()
  const uploads: UploadStore = {
    pathOf: (id) => /^cloud:\/\/[^/]+\/(.+)$/.exec(id)?.[1] ?? null,
    read: async (id) => files.get(uploads.pathOf(id) ?? '') ?? null
  }
  const links: FileLinks = {
    urls: async (ids) => Object.fromEntries(ids.filter((id) => files.has(uploads.pathOf(id) ?? '')).map((id) => [id, `https://tmp.example/${uploads.pathOf(id)}`]))
  }
  const put = (path: string, bytes: Uint8Array) => {
    files.set(path, bytes)
    return `cloud://env-1.bucket/${path}`
  }
  return { files, uploads, links, put }
}
