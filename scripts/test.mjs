#!/usr/bin/env node
// npm test: everything — typecheck, the three builds, unit + component + integration + e2e (jest), and the
// offline WeChat compile check. Ends with one line "N passed, M failed".
import * as fs from 'fs'
import * as path from 'path'
import { root, run, taroBuild } from './lib/run.mjs'
import findBrowserLib from './lib/find-browser.cjs'

/**
 * The e2e tests need a Chromium. Find one; if there is none, install Debian's as root, or stop with one line
 * saying how (before the long builds, so a fresh machine learns it at once).
 */
async function ensureBrowser() {
  const { findBrowser, installPlan, nodeSystem } = findBrowserLib
  const sys = nodeSystem()
  let found = findBrowser(sys)
  if (found) return found
  const plan = installPlan(sys)
  if (plan.kind === 'advice') {
    console.error(plan.message)
    process.exit(1)
  }
  console.log('No Chromium found for the browser tests: installing Debian\'s chromium with apt-get')
  for (const [cmd, args] of plan.commands) await run(cmd, args, { DEBIAN_FRONTEND: 'noninteractive' })
  found = findBrowser(sys)
  if (!found) {
    console.error('apt-get installed chromium but no browser was found at /usr/bin/chromium: set CHROMIUM_PATH to a Chromium binary.')
    process.exit(1)
  }
  return found
}

const results = path.join(root, 'test-artifacts', 'jest-results.json')
fs.mkdirSync(path.dirname(results), { recursive: true })
fs.rmSync(results, { force: true })

// Exported for jest (test/helpers/browser.ts reads CHROMIUM_PATH).
process.env.CHROMIUM_PATH = await ensureBrowser()
console.log(`browser: ${process.env.CHROMIUM_PATH}`)

let failure = null
try {
  await run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])
  console.log('typecheck: ok')
  await taroBuild('h5')
  await taroBuild('weapp')
  await run('node', ['scripts/build-cloud.mjs'])
  await run('node', ['scripts/weapp-compile-check.mjs'])
  await run('npx', ['jest', '--ci', '--json', `--outputFile=${results}`])
} catch (err) {
  failure = err
}

let passed = 0
let failed = failure ? 1 : 0
if (fs.existsSync(results)) {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'))
  passed = r.numPassedTests
  failed = r.numFailedTests + (failure && r.numFailedTests === 0 ? 1 : 0)
}
if (failure) console.error(String(failure.message ?? failure))
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
