/**
 * Cloud storage as the evidence handlers see it: the in-memory file store of test/stand-ins/memoryFiles.ts (WeChat's
 * fileID shape) plus the link port, which hands out a link for each stored file.
 */
import type { FileLinks } from '../../src/cloud/ports/links'
import { createMemoryFiles } from '../stand-ins/memoryFiles'

export function memoryStorage() {
  const uploads = createMemoryFiles()
  const links: FileLinks = {
    async urls(ids) {
      const out: Record<string, string> = {}
      for (const id of ids) if ((await uploads.read(id)) !== null) out[id] = `https://tmp.example/${uploads.pathOf(id)}`
      return out
    }
  }
  return { uploads, links, put: uploads.put }
}
