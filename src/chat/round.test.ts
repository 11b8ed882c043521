import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { Answer } from '../rules'
import { editItem, reply, startChat } from './index'

// The round in force is one value (src/rules/round.ts) read by the phone and the server alike.
jest.mock('../rules/round', () => {
  const { NATIONAL_2022, withBars } = jest.requireActual('../rules/config')
  return { CURRENT_ROUND: withBars(NATIONAL_2022, '山东省（示例轮次）', { totalOutputEachYear: { value: 10, source: '示例省级标准' } }) }
})

it('reads the round in force when no bars are passed', () => {
  const answers = { ...COMPLETE_APPLICATION } as Record<string, Answer>
  const state = editItem(startChat(['s2'], answers), answers, 's2.totalOutput')
  const step = reply(state, answers, '9 33.33 37.24', { now: new Date('2024-04-01T02:00:00Z') })
  const told = step.state.turns.flatMap((t) => (t.from === 'bot' && t.kind === 'feedback' && t.text.startsWith('集群总产值（每年）') ? [t.text] : []))
  expect(told).toEqual(['集群总产值（每年）：2021年 9.00亿元，未达到山东省（示例轮次）的要求（不低于 10亿元）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'])
})
