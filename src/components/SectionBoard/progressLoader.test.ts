import type { Answers } from '../../rules/values'

/** 中小企业产值占比 over 100 %: one error in 二, 2 of its items answered. */
const ANSWERS: Answers = {
  's1.clusterName': { value: '潍坊市坊子区动力装备特色产业集群' },
  's2.smeOutputShare': { value: { '2021': '82.30', '2022': '120.00', '2023': '84.60' } }
}
const NOW = new Date('2026-11-27T00:00:00Z')

// A fresh module each test: the loader keeps the loaded rule check for the rest of the run.
let loader: typeof import('./progressLoader')
beforeEach(() => {
  jest.resetModules()
  loader = require('./progressLoader')
})
afterEach(() => {
  jest.dontMock('../../rules/homeProgress')
})

const s2 = (progress: ReturnType<typeof loader.progressNow>) => progress.find((p) => p.id === 's2')!

describe('home progress loaded on demand', () => {
  it('counts answered items from the form alone until the rule check has loaded, with no findings yet', () => {
    const p = s2(loader.progressNow(ANSWERS, NOW))
    expect(p.answered).toBe(1)
    expect(p.errors).toEqual([])
    expect(loader.ruleCheckLoaded()).toBe(false)
  })

  it('adds the 提交 findings once the rule check has loaded, the same as checking in place', async () => {
    expect(await loader.loadRuleCheck()).not.toBeNull()
    expect(loader.ruleCheckLoaded()).toBe(true)
    const p = s2(loader.progressNow(ANSWERS, NOW))
    expect(p.errors.map((f) => f.code)).toEqual(['SHARE_OUT_OF_RANGE'])
    const { check } = require('../../rules/check')
    const { sectionProgress, ALL_SECTIONS } = require('../../rules/progress')
    expect(loader.progressNow(ANSWERS, NOW)).toEqual(sectionProgress(ANSWERS, check(ANSWERS, { level: 'submit', now: NOW }), ALL_SECTIONS))
  })

  it('runs the check again only when an answer or the (Shanghai) day changed', async () => {
    await loader.loadRuleCheck()
    const checkModule = require('../../rules/check')
    const check = jest.spyOn(checkModule, 'check')
    const first = loader.progressNow(ANSWERS, NOW)
    expect(loader.progressNow({ ...ANSWERS }, new Date('2026-11-27T15:59:00Z'))).toBe(first)
    expect(check).toHaveBeenCalledTimes(1)
    loader.progressNow({ ...ANSWERS, 's2.smeOutputShare': { value: { '2021': '82.30', '2022': '83.00', '2023': '84.60' } } }, NOW)
    expect(check).toHaveBeenCalledTimes(2)
    // 16:00 UTC is midnight in Shanghai: a new day for the date rules.
    loader.progressNow(ANSWERS, new Date('2026-11-27T16:00:00Z'))
    loader.progressNow(ANSWERS, new Date('2026-11-27T16:00:00Z'))
    expect(check).toHaveBeenCalledTimes(3)
  })

  it('resolves to null when the chunk cannot be loaded, keeps the counts, and loads it on the next try', async () => {
    jest.doMock('../../rules/homeProgress', () => {
      throw new Error('Loading chunk failed')
    })
    expect(await loader.loadRuleCheck()).toBeNull()
    expect(s2(loader.progressNow(ANSWERS, NOW)).answered).toBe(1)
    jest.dontMock('../../rules/homeProgress')
    expect(await loader.loadRuleCheck()).not.toBeNull()
    expect(s2(loader.progressNow(ANSWERS, NOW)).errors).toHaveLength(1)
  })
})
