import { createRequire } from 'module'
const require = createRequire(import.meta.url)
process.execArgv.push('--cpu-prof', '--cpu-prof-dir=/tmp/srvprof')
const { benchSync } = require('/work/main/dist/bench/sync.bench.cjs')
console.log(await benchSync('/work/main/dist/local/server.cjs', '/work/main'))
