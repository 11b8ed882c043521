#!/usr/bin/env node
// npm run bench: the project's performance figures, as ONE JSON object on the last line of output.
// Sizes come from miniprogram-ci's offline compile of dist/weapp (what WeChat would count), so they are
// deterministic. Later issues add their keys here.
import * as fs from 'fs'
import * as path from 'path'
import { root, run, taroBuild } from './lib/run.mjs'
import { compileWeapp, packageSizes } from './weapp-compile-check.mjs'

const weapp = path.join(root, 'dist', 'weapp')
if (!fs.existsSync(path.join(weapp, 'app.json'))) await taroBuild('weapp')
if (!fs.existsSync(path.join(root, 'dist', 'cloud'))) await run('node', ['scripts/build-cloud.mjs'])

const files = await compileWeapp()
const sizes = packageSizes(files, JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8')))
const totalKb = Object.values(sizes).reduce((a, b) => a + b, 0)

const cloudKb = Object.fromEntries(
  fs
    .readdirSync(path.join(root, 'dist', 'cloud'))
    .map((name) => [`cloud_${name}_kb`, Math.round(fs.statSync(path.join(root, 'dist', 'cloud', name, 'index.js')).size / 102.4) / 10])
)

const figures = {
  weapp_main_package_kb: sizes.__main__,
  weapp_total_kb: Math.round(totalKb * 10) / 10,
  ...cloudKb
}
console.log(JSON.stringify(figures))
// miniprogram-ci's forked compiler keeps node alive.
process.exit(0)
