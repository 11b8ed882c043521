import { build } from 'esbuild'
import { createRequire } from 'module'
const require = createRequire(import.meta.url)
await build({ entryPoints: ['/work/wt-reminders/test/bench/reminders.bench.ts'], outfile: '/work/wt-reminders/dist/bench/reminders.bench.cjs', bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['better-sqlite3'], logLevel: 'warning', sourcemap: true })
const { benchReminders } = require('/work/wt-reminders/dist/bench/reminders.bench.cjs')
console.log(await benchReminders())
