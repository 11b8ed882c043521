import { build } from 'esbuild'
import * as path from 'path'
import { root } from './run.mjs'

/** Bundles the local cloud (TypeScript) into one CommonJS file; better-sqlite3 stays a native dependency. */
export async function bundleLocalCloud() {
  const outfile = path.join(root, 'dist', 'local', 'server.cjs')
  await build({
    entryPoints: [path.join(root, 'src', 'cloud', 'local', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning'
  })
  return outfile
}
