import type { UploadStore } from '../../src/cloud/ports/uploads'

/**
 * Cloud storage in memory, with WeChat's fileID shape `cloud://<env>.<bucket>/<path>`
 * (wxcloud/guide/storage/api) so the handlers' path checks run as they would on the platform.
 */
export function createMemoryFiles(): UploadStore & { put(cloudPath: string, bytes: Uint8Array): string } {
  const files = new Map<string, Uint8Array>()
  const pathOf = (fileID: string) => /^cloud:\/\/test-env\.bucket\/(.+)$/.exec(fileID)?.[1] ?? null
  return {
    pathOf,
    async read(fileID) {
      const p = pathOf(fileID)
      return p === null ? null : (files.get(p) ?? null)
    },
    put(cloudPath, bytes) {
      files.set(cloudPath, bytes)
      return `cloud://test-env.bucket/${cloudPath}`
    }
  }
}
