#!/usr/bin/env node
// npm test: everything — typecheck, the three builds, unit + component + integration + e2e (jest), and the
// offline WeChat compile check. Ends with one line "N passed, M failed".
import * as fs from 'fs'
import * as path from 'path'
import { root, run, taroBuild } from './lib/run.mjs'

const results = path.join(root, 'test-artifacts', 'jest-results.json')
fs.mkdirSync(path.dirname(results), { recursive: true })
fs.rmSync(results, { force: true })

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
