/**
 * Rule-check timings for `npm run bench` (bundled by esbuild and run in Node). Medians of many runs, in µs.
 */
import { check, createChecker, type Answers } from '../../src/rules'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'

const NOW = new Date('2024-04-01T02:00:00Z')

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(200, runs); i++) fn() // warm-up: let the JIT settle
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    fn()
    samples.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  return Math.round(median(samples) * 10) / 10
}

export function benchRules(): Record<string, number> {
  const full = time(() => check(COMPLETE_APPLICATION, { level: 'submit', now: NOW }), 2000)

  const checker = createChecker({ level: 'submit', now: NOW })
  checker.run(COMPLETE_APPLICATION)
  const variants: Answers[] = ['12.46', '12.50'].map((v) => ({ ...COMPLETE_APPLICATION, 's2.leadingCagr': { value: v } }))
  let i = 0
  const incremental = time(() => {
    checker.update(variants[i++ % 2], ['s2.leadingCagr'])
  }, 5000)
  return { rules_full_check_us: full, rules_incremental_us: incremental }
}
