#!/usr/bin/env node
// npm start: build the browser (H5) version, then serve it with the local cloud on 127.0.0.1.
// PORT (default 8787), DATA_DIR (default ./data) and SKIP_BUILD=1 (reuse dist/h5) are read from the environment.
import { createRequire } from 'module'
import { bundleLocalCloud } from './lib/bundle-local.mjs'
import { root, taroBuild } from './lib/run.mjs'

const require = createRequire(import.meta.url)

if (process.env.SKIP_BUILD !== '1') {
  console.log('构建 H5 版本 (dist/h5)…')
  await taroBuild('h5')
}
const server = await bundleLocalCloud()
process.env.APP_ROOT = root
require(server) // prints the URL; stops cleanly on Ctrl-C (SIGINT) or SIGTERM
