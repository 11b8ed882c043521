import { withAnswer } from '../../../test/fixtures/completeApplication'
import { testContext } from '../../../test/helpers/context'
import { runFunction } from './index'

// The round in force is one value read by the phone and the server; a provincial round replaces it here.
jest.mock('../../rules/round', () => {
  const { NATIONAL_2022, withBars } = jest.requireActual('../../rules/config')
  return { CURRENT_ROUND: withBars(NATIONAL_2022, '山东省（示例轮次）', { totalOutputEachYear: { value: 10, source: '示例省级标准' } }) }
})

describe('checkAnswers reads the round’s bars', () => {
  it('passes a 30亿 cluster under the round’s 10亿 bar that the national bar would refuse', async () => {
    const answers = withAnswer('s2.totalOutput', { value: { '2021': '30.00', '2022': '33.33', '2023': '37.24' } })
    const r = await runFunction('checkAnswers', { answers, level: 'submit' }, testContext('o_a'))
    const bars = r.ok ? (r.data as { findings: { code: string; params: { barId?: string } }[] }).findings.filter((f) => f.code === 'BELOW_BAR') : null
    expect(bars?.filter((f) => f.params.barId === 'totalOutputEachYear')).toEqual([])
  })

  it('names the round in its eligibility messages', async () => {
    const answers = withAnswer('s2.totalOutput', { value: { '2021': '9.00', '2022': '33.33', '2023': '37.24' } })
    const r = await runFunction('checkAnswers', { answers, level: 'submit' }, testContext('o_a'))
    const bar = r.ok ? (r.data as { findings: { code: string; message: string; params: { barId?: string } }[] }).findings.find((f) => f.params.barId === 'totalOutputEachYear') : undefined
    expect(bar?.message).toBe('集群总产值（每年）：2021年 9.00亿元，未达到山东省（示例轮次）的要求（不低于 10亿元）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。')
  })
})
