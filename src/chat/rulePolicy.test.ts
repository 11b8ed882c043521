import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { SectionId } from '../form'
import { DERIVED_OFFERS, NATIONAL_2022, withBars, type Answer, type RulesConfig } from '../rules'
import { currentQuestion, editItem, reply, startChat, type ChatState } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')

function convo(scope: SectionId[], answers: Record<string, Answer>, config?: RulesConfig) {
  const a = { ...answers }
  let state: ChatState = startChat(scope, a)
  return {
    answers: a,
    get state() {
      return state
    },
    set state(s: ChatState) {
      state = s
    },
    say(text: string) {
      const before = state.turns.length
      const step = reply(state, a, text, { now: NOW, ...(config ? { config } : {}) })
      for (const w of step.writes) a[w.itemId] = w.answer
      state = step.state
      return step.state.turns.slice(before).flatMap((t) => (t.from === 'bot' && t.kind === 'feedback' ? [t.text] : []))
    }
  }
}

const without = (...ids: string[]) => Object.fromEntries(Object.entries(COMPLETE_APPLICATION).filter(([id]) => !ids.includes(id))) as Record<string, Answer>

describe('the engine asks the rule module', () => {
  it('refuses a year typed alone over that year’s 集群企业数量 before the next year is asked', () => {
    const c = convo(['s2'], without('s2.smes'))
    expect(c.state.cursor).toBe('s2.smes')
    expect(c.say('500')).toEqual(['2021年集群中小企业数量（500）不能超过集群企业数量（412）。'])
    c.say('398')
    c.say('421')
    c.say('445')
    expect(c.answers['s2.smes']).toEqual({ value: { '2021': '398', '2022': '421', '2023': '445' } })
  })

  it('refuses a count over 集群企业数量 at once and asks again only for the year it concerns', () => {
    const c = convo(['s2'], without('s2.highTech'))
    expect(c.state.cursor).toBe('s2.highTech')
    expect(c.say('36 42 15000')).toEqual(['2023年“主导产业相关的国家级高新技术企业数量”（15000）不能超过集群企业数量（461）。'])
    expect(c.answers['s2.highTech']).toBeUndefined()
    c.say('51')
    expect(c.answers['s2.highTech']).toEqual({ value: { '2021': '36', '2022': '42', '2023': '51' } })
  })

  it('stores a date typed as 2024.3.15 or 2024/3/15 the way the rules store it', () => {
    for (const typed of ['2024.3.15', '2024/3/15', '2024年3月15日']) {
      const c = convo(['cover'], without('cover.declareDate'))
      expect(c.state.cursor).toBe('cover.declareDate')
      c.say(typed)
      expect(c.answers['cover.declareDate']).toEqual({ value: '2024-03-15' })
    }
  })

  it('offers the derived values listed in the rule module’s DERIVED_OFFERS table', () => {
    expect(Object.keys(DERIVED_OFFERS)).toEqual(['s2.leadingCagr', 's3.patentsPer10k'])
    const c = convo(['s3'], without('s3.patentsPer10k', 's3.patentList'))
    expect(currentQuestion(c.state)?.prompt).toBe(
      '按您填写的数据，每万人有效发明专利拥有量为48.12，是否采用？（每万人有效发明专利拥有量 = 有效发明专利拥有量 ÷ 中小企业从业人员数 × 10000 = 186 ÷ 38650 × 10000 = 48.12）回复“采用”，或直接填写。'
    )
    c.say('采用')
    expect(c.answers['s3.patentsPer10k']).toEqual({ value: '48.12' })
  })

  it('applies the round’s bars it is given: a 30亿 output is told as below the national bar, not under a 10亿 round', () => {
    const told = (config?: RulesConfig) => {
      const c = convo(['s2'], COMPLETE_APPLICATION as Record<string, Answer>, config)
      c.state = editItem(c.state, c.answers, 's2.totalOutput')
      return c.say('30 33.33 37.24').filter((t) => t.startsWith('集群总产值（每年）'))
    }
    expect(told()).toEqual([
      '集群总产值（每年）：2021年 30.00亿元、2022年 33.33亿元、2023年 37.24亿元，未达到《中小企业特色产业集群认定标准（2022年版）》（工信部企业〔2022〕119号）的要求（不低于 40亿元）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'
    ])
    expect(told(withBars(NATIONAL_2022, '山东省（示例轮次）', { totalOutputEachYear: { value: 10 } }))).toEqual([])
  })

  it('asks for an explanation of a checklist answered with nothing ticked, and stores it', () => {
    const c = convo(['s7'], without('s7.services'))
    expect(c.say('无')).toEqual(['已记录：均未开展', '“集群提供中小企业公共服务情况”一项也未勾选；如确无相关工作，请简要说明。\n如确认无误，请简要说明原因（会随答案保存，供审核参考）；如需修改，请回复“重新填写”。'])
    c.say('集群公共服务由市级平台统一提供')
    expect(c.answers['s7.services']).toEqual({ value: { ticked: [] }, explanation: '集群公共服务由市级平台统一提供' })
  })
})
