#!/usr/bin/env node
// Bundles each cloud function (src/cloud/functions/<name>/index.ts: the router `api` for user calls, the timer `reminders`,
// `mediaCheck` for the content-check push) with the
// shared code into dist/cloud/<name>/: index.js (esbuild, CommonJS for the Node runtime), package.json depending on
// wx-server-sdk (installed by WeChat on upload, "云端安装依赖"), and the function's config.json.
import { build } from 'esbuild'
import * as fs from 'fs'
import * as path from 'path'
import { createRequire } from 'module'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const srcDir = path.join(root, 'src', 'cloud', 'functions')
const outRoot = path.join(root, 'dist', 'cloud')
const sdkVersion = require('wx-server-sdk/package.json').version

const names = fs
  .readdirSync(srcDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(srcDir, e.name, 'index.ts')))
  .map((e) => e.name)

fs.rmSync(outRoot, { recursive: true, force: true })
for (const name of names) {
  const out = path.join(outRoot, name)
  fs.mkdirSync(out, { recursive: true })
  await build({
    entryPoints: [path.join(srcDir, name, 'index.ts')],
    outfile: path.join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16', // WeChat cloud functions run Node 16 by default (云函数运行时)
    format: 'cjs',
    external: ['wx-server-sdk'],
    legalComments: 'none',
    logLevel: 'warning'
  })
  fs.writeFileSync(
    path.join(out, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', main: 'index.js', private: true, dependencies: { 'wx-server-sdk': `~${sdkVersion}` } }, null, 2) + '\n'
  )
  fs.copyFileSync(path.join(srcDir, name, 'config.json'), path.join(out, 'config.json'))
  const kb = (fs.statSync(path.join(out, 'index.js')).size / 1024).toFixed(1)
  console.log(`cloud function ${name}: dist/cloud/${name}/index.js ${kb} KB`)
}
