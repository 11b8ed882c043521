#!/usr/bin/env node
// WeChat compile check: compiles dist/weapp offline with miniprogram-ci (pinned 2.1.42) and reports the size
// of each package. The browser tests cannot see a weapp-only breakage; this can (a missing page, a WXML
// syntax error, a package over WeChat's 2 MB limit). Also checks that no dev-login code reached the weapp.
//
// Offline trick (shared/architecture.md): project.attr normally asks WeChat's servers for the app's
// attributes; replacing it with the built-in defaults lets getCompiledResult run without a network or key.
import { createRequire } from 'module'
import * as fs from 'fs'
import * as path from 'path'
import { uploadSettings } from './lib/upload-settings.mjs'
import es2017 from './lib/es2017.cjs'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const weapp = path.resolve(process.env.WEAPP_DIR ?? path.join(root, 'dist', 'weapp'))
const MAX_PACKAGE_KB = 2048 // WeChat: main package and each subpackage ≤ 2 MB

export async function compileWeapp() {
  if (!fs.existsSync(path.join(weapp, 'app.json'))) throw new Error('dist/weapp/app.json missing: run npm run build:weapp first')
  const ci = require('miniprogram-ci')
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: weapp,
    privateKey: 'offline-compile-check-has-no-key',
    ignores: ['node_modules/**/*']
  })
  project.attr = async () => JSON.parse(JSON.stringify(ci.DefaultProjectAttr))
  // The upload settings of project.config.json: sizes are what WeChat would count for this upload (the
  // package is already ES2017 from the build, so es6 is off; minified as uploaded).
  const compiled = await ci.getCompiledResult({ project, version: '0.0.0', setting: uploadSettings(root) })
  // The upload leaves out files nothing requires (project.config.json `ignoreUploadUnusedFiles`, on unless set
  // false: https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html), using the same code
  // analysis as miniprogram-ci 2.1.42's upload (dist/ci/utils/filterUnusedFile.js). A chunk loaded on demand is
  // such a file unless something requires it by a literal path (src/platform/chunkLoading.weapp.ts); a dropped
  // script would fail only on the phone, so it fails here, and sizes are those of what is uploaded.
  const { filterUnusedFile } = require('miniprogram-ci/dist/ci/utils/filterUnusedFile.js')
  const files = await filterUnusedFile(false, project, { ...compiled })
  const dropped = Object.keys(compiled).filter((f) => !(f in files) && f.endsWith('.js'))
  if (dropped.length > 0) throw new Error(`the upload would leave out scripts nothing requires: ${dropped.join(', ')}`)
  // getCompiledResult checks app.json/page JSON and compiles JS, but passes WXML/WXSS through (WeChat's
  // servers compile them). Run WeChat's own wcc/wcsc (shipped in miniprogram-compiler) so a template
  // syntax error fails here too.
  const { wxmlToJs, wxssToJs } = require('miniprogram-compiler')
  wxmlToJs(weapp)
  wxssToJs(weapp)
  return files
}

/** Sizes in KB: compiled files grouped by package root (the main package is everything outside subpackages). */
export function packageSizes(files, appJson) {
  const subRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const sizes = { __main__: 0 }
  for (const root of subRoots) sizes[root] = 0
  for (const [name, content] of Object.entries(files)) {
    const bytes = Buffer.isBuffer(content) ? content.length : Buffer.byteLength(content)
    const rel = name.replace(/^\/+/, '')
    const sub = subRoots.find((r) => rel.startsWith(r))
    sizes[sub ?? '__main__'] += bytes
  }
  return Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Math.round((v / 1024) * 10) / 10]))
}

/** Dev logins must be unreachable in a weapp build: none of their code may be in the package. */
export function findDevLoginCode(dir) {
  const hits = []
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(js|json|wxml)$/.test(e.name)) {
        const text = fs.readFileSync(p, 'utf8')
        for (const marker of ['/api/dev/login', 'dev-login', 'devSession', 'localStorage']) {
          if (text.includes(marker)) hits.push(`${path.relative(dir, p)}: ${marker}`)
        }
      }
    }
  }
  walk(dir)
  return hits
}

async function main() {
  const leaks = findDevLoginCode(weapp)
  if (leaks.length > 0) {
    console.error('dev login code found in the weapp build:\n' + leaks.join('\n'))
    process.exit(1)
  }
  const old = es2017.es2017Violations(weapp)
  if (old.length > 0) {
    console.error('weapp code newer than ES2017 (old engines cannot parse it):\n' + old.map((v) => `${v.file} ${v.at}: ${v.message} …${v.excerpt}…`).join('\n'))
    process.exit(1)
  }
  const appJson = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8'))
  let files
  try {
    files = await compileWeapp()
  } catch (err) {
    console.error('weapp compile failed:', err && err.message ? err.message : err)
    process.exit(1)
  }
  const sizes = packageSizes(files, appJson)
  const over = Object.entries(sizes).filter(([, kb]) => kb > MAX_PACKAGE_KB)
  console.log(`weapp compiled: ${Object.keys(files).length} files; package sizes (KB): ${JSON.stringify(sizes)}`)
  if (over.length > 0) {
    console.error(`packages over ${MAX_PACKAGE_KB} KB: ${JSON.stringify(over)}`)
    process.exit(1)
  }
  console.log(JSON.stringify({ weapp_compile: 'ok', package_kb: sizes }))
  // miniprogram-ci's forked compiler keeps node alive: exit explicitly.
  process.exit(0)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main()
