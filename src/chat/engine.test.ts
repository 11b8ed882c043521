import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { SectionId } from '../form'
import type { Answer } from '../rules'
import { FORM, isAnswerable } from '../form'
import { chatScope, currentQuestion, editItem, reply, rescope, startChat, type ChatState } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')

/** A conversation driver: applies every write to the answers, as the device store would. */
class Convo {
  answers: Record<string, Answer> = {}
  state: ChatState
  constructor(scope: SectionId[], answers: Record<string, Answer> = {}, reach: SectionId[] = []) {
    this.answers = { ...answers }
    this.state = startChat(scope, this.answers, undefined, reach)
  }
  say(text: string) {
    const before = this.state.turns.length
    const step = reply(this.state, this.answers, text, { now: NOW })
    for (const w of step.writes) this.answers[w.itemId] = w.answer
    this.state = step.state
    return step.state.turns.slice(before)
  }
  get asking() {
    return this.state.cursor
  }
  lastBot(tone?: string) {
    const t = [...this.state.turns].reverse().find((x) => x.from === 'bot' && x.kind === 'feedback' && (tone === undefined || x.tone === tone))
    return t && t.from === 'bot' && t.kind === 'feedback' ? t.text : undefined
  }
  value(id: string) {
    return this.answers[id]?.value
  }
}

describe('walking the form', () => {
  it('starts at the first question of the operator’s first section', () => {
    const c = new Convo(['s2'])
    expect(c.asking).toBe('s2.totalOutput')
    expect(currentQuestion(c.state)?.itemId).toBe('s2.totalOutput')
  })

  it('resumes at the first open item after a restart', () => {
    const answers = { 's2.totalOutput': COMPLETE_APPLICATION['s2.totalOutput']!, 's2.smeOutputShare': COMPLETE_APPLICATION['s2.smeOutputShare']! }
    expect(new Convo(['s2'], answers).asking).toBe('s2.leadingShare')
  })

  it('says all is done when every item in scope is answered', () => {
    const c = new Convo(['s7'], COMPLETE_APPLICATION as Record<string, Answer>)
    expect(c.asking).toBeNull()
  })
})

describe('year rows', () => {
  it('takes three values in one message', () => {
    const c = new Convo(['s2'])
    c.say('118.36 131.52 146.8')
    expect(c.value('s2.totalOutput')).toEqual({ '2021': '118.36', '2022': '131.52', '2023': '146.80' })
    expect(c.asking).toBe('s2.smeOutputShare')
  })

  it('takes the values one at a time', () => {
    const c = new Convo(['s2'])
    c.say('118.36')
    expect(currentQuestion(c.state)?.prompt).toBe('请填写2022年的数值（亿元）')
    c.say('131.52')
    c.say('146.8')
    expect(c.value('s2.totalOutput')).toEqual({ '2021': '118.36', '2022': '131.52', '2023': '146.80' })
  })

  it('converts 万元 into the cell’s 亿元 and says so', () => {
    const c = new Convo(['s2'])
    const turns = c.say('1183600万 1315200万 1468000万')
    expect(c.value('s2.totalOutput')).toEqual({ '2021': '118.36', '2022': '131.52', '2023': '146.80' })
    expect(turns.some((t) => t.from === 'bot' && t.kind === 'feedback' && t.text === '已换算单位：1183600万元 = 118.36亿元')).toBe(true)
  })

  it('refuses a share over 100 with the reason and an example, and stores nothing', () => {
    const c = new Convo(['s2'], { 's2.totalOutput': COMPLETE_APPLICATION['s2.totalOutput']! })
    c.say('82.3 120 84.6')
    expect(c.value('s2.smeOutputShare')).toBeUndefined()
    expect(c.lastBot('error')).toBe('“集群内中小企业产值占集群总产值比例（%）”是比例，应在 0 到 100 之间（当前 120.00）。')
    expect(c.asking).toBe('s2.smeOutputShare')
    // The good years are kept; only 2022 is asked again.
    expect(currentQuestion(c.state)?.prompt).toBe('请填写2022年的数值（%）')
    c.say('83.1')
    expect(c.value('s2.smeOutputShare')).toEqual({ '2021': '82.30', '2022': '83.10', '2023': '84.60' })
  })

  it('accepts full-width digits, 百分之 and % signs', () => {
    const c = new Convo(['s2'], { 's2.totalOutput': COMPLETE_APPLICATION['s2.totalOutput']! })
    c.say('８２．３％ 百分之八十三点一 84.6%')
    expect(c.value('s2.smeOutputShare')).toEqual({ '2021': '82.30', '2022': '83.10', '2023': '84.60' })
  })

  it('rounds a third decimal half-up with a visible note', () => {
    const c = new Convo(['s2'])
    const turns = c.say('118.365 131.52 146.8')
    expect(c.value('s2.totalOutput')).toMatchObject({ '2021': '118.37' })
    expect(turns.some((t) => t.from === 'bot' && t.kind === 'feedback' && t.text.includes('118.365 → 118.37'))).toBe(true)
  })

  it('refuses a unit the cell cannot take', () => {
    const c = new Convo(['s2'])
    c.say('12% 13% 14%')
    expect(c.lastBot('error')).toBe(
      ['2021', '2022', '2023'].map((y) => `“${y}年集群总产值（亿元）”的单位是“亿元”，请按亿元填写，例如 118.36。`).join('\n')
    )
  })

  it('treats 无 as 0 for counts', () => {
    const c = new Convo(['s2'], { ...COMPLETE_APPLICATION } as Record<string, Answer>)
    const state = editItem(c.state, c.answers, 's2.singleChampions')
    c.state = state
    c.say('无 无 1')
    expect(c.value('s2.singleChampions')).toEqual({ '2021': '0', '2022': '0', '2023': '1' })
  })
})

describe('warnings, derived values and explanations', () => {
  const upToCagr = () => {
    const a: Record<string, Answer> = {}
    for (const id of ['s2.totalOutput', 's2.smeOutputShare', 's2.leadingShare', 's2.leadingGrowth']) a[id] = COMPLETE_APPLICATION[id]!
    return new Convo(['s2'], a)
  }

  it('offers the geometric average growth with its formula', () => {
    const c = upToCagr()
    expect(currentQuestion(c.state)?.prompt).toMatch(/^按您填写的数据，近三年年均增速为12\.46%，是否采用？/)
    c.say('采用')
    expect(c.value('s2.leadingCagr')).toBe('12.46')
  })

  it('asks for an explanation when the entered growth disagrees, and stores it with the answer', () => {
    const c = upToCagr()
    c.say('13.5')
    // The value is kept at once; the explanation is asked for and stored beside it.
    expect(c.answers['s2.leadingCagr']).toEqual({ value: '13.50' })
    expect(c.lastBot('warning')).toContain('近三年主导产业产值年均增速为 12.46%，与填写的 13.50% 相差超过 0.5 个百分点')
    c.say('按统计局现价口径计算')
    expect(c.answers['s2.leadingCagr']).toEqual({ value: '13.50', explanation: '按统计局现价口径计算' })
    expect(c.lastBot('ok')).toBe('已保存说明：按统计局现价口径计算')
  })

  it('never reads an explanation as a new answer, even when it is a number', () => {
    const c = upToCagr()
    c.say('13.5')
    c.say('12.5')
    expect(c.answers['s2.leadingCagr']).toEqual({ value: '13.50', explanation: '12.5' })
  })

  it('asks the item again on “重新填写” after a warning', () => {
    const c = upToCagr()
    c.say('13.5')
    c.say('重新填写')
    expect(c.asking).toBe('s2.leadingCagr')
    c.say('12.46')
    expect(c.answers['s2.leadingCagr']).toEqual({ value: '12.46' })
  })

  it('asks again when the explanation is only “确认”', () => {
    const c = upToCagr()
    c.say('13.5')
    c.say('确认')
    expect(c.lastBot('warning')).toBe('请用一句话说明原因（会随答案保存，供审核参考）。')
  })
})

describe('reassigned sections', () => {
  it('asks within the new sections and keeps the history', () => {
    const c = new Convo([])
    expect(c.asking).toBeNull()
    const turns = c.state.turns.length
    c.state = rescope(c.state, c.answers, ['s3'])
    expect(c.asking).toBe('s3.rdIntensity')
    expect(c.state.turns.length).toBeGreaterThan(turns)
  })

  it('leaves the state alone when the sections did not change', () => {
    const c = new Convo(['s2'])
    expect(rescope(c.state, c.answers, ['s2'])).toBe(c.state)
  })
})

describe('commands', () => {
  it('goes back with 上一题 and keeps the answer with 跳过', () => {
    const c = new Convo(['s2'])
    c.say('118.36 131.52 146.8')
    c.say('上一题')
    expect(c.asking).toBe('s2.totalOutput')
    expect(currentQuestion(c.state)?.prompt).toContain('当前答案：2021年 118.36')
    c.say('跳过')
    expect(c.asking).toBe('s2.smeOutputShare')
    expect(c.value('s2.totalOutput')).toEqual({ '2021': '118.36', '2022': '131.52', '2023': '146.80' })
  })

  it('skips an unanswered item and asks it again after the others', () => {
    const c = new Convo(['s7'])
    c.say('跳过')
    expect(c.asking).toBe('s7.environmentWork')
    expect(c.state.skipped).toEqual(['s7.environmentNarrative'])
  })

  it('jumps to 第三部分', () => {
    const c = new Convo(['s1', 's2', 's3'])
    c.say('跳到第三部分')
    expect(c.asking).toBe('s3.rdIntensity')
  })

  it('refuses to jump outside the operator’s sections', () => {
    const c = new Convo(['s2'])
    c.say('跳到第五部分')
    expect(c.lastBot('error')).toBe('这一部分不在您负责的范围内。您负责：二。')
  })

  it('walks the owner through the sections no operator was given; a jump to a colleague’s section walks it, then goes back', () => {
    const { scope, reach } = chatScope('owner', [], ['s2'])
    expect(scope).toEqual(['cover', 's1', 's3', 's4', 's5', 's6', 's7', 's8'])
    const s1Done = Object.fromEntries(FORM.sections.flatMap((x) => (x.id === 'cover' || x.id === 's1' ? x.items.filter(isAnswerable) : [])).map((i) => [i.id, COMPLETE_APPLICATION[i.id] as Answer]))
    const owner = new Convo(scope, s1Done, reach)
    expect(owner.asking?.startsWith('s3.')).toBe(true) // 封面 and 一 answered, 二 a colleague's: on to 三
    owner.say('跳到第二部分')
    expect(owner.asking).toBe('s2.totalOutput')
    owner.say('100 120 150')
    expect(owner.asking).toBe('s2.smeOutputShare') // walking 二 now, as asked
    const operator = new Convo(['s3'])
    operator.say('跳到第二部分')
    expect(operator.lastBot('error')).toBe('这一部分不在您负责的范围内。您负责：三。')
  })

  it('tells an owner with every section given away what they can still do', () => {
    const { scope, reach } = chatScope('owner', [], ['cover', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'])
    expect(scope).toEqual([])
    const st = startChat(scope, {}, undefined, reach)
    expect(st.turns.map((t) => (t.from === 'bot' && t.kind === 'feedback' ? t.text : ''))).toEqual(['各部分都已分配给填报员填写。您可以回复“跳到第二部分”等查看或修改，进度在“总览”中查看。'])
    const jumped = reply(st, {}, '跳到第二部分', { now: new Date('2024-04-01T02:00:00Z') }).state
    expect(jumped.cursor).toBe('s2.totalOutput')
  })

  it('marks the first question asked in another section with that section’s title, and no other', () => {
    const c = new Convo(['s1', 's2'])
    c.say('跳到第二部分')
    c.say('100 120 150')
    const questions = c.state.turns.flatMap((t) => (t.from === 'bot' && t.kind === 'question' ? [[t.itemId, t.enters ?? null]] : []))
    expect(questions.slice(-2)).toEqual([
      ['s2.totalOutput', '二、主导产业情况'],
      ['s2.smeOutputShare', null]
    ])
  })

  it('goes back to the question an edit interrupted, not on through the edited item’s section', () => {
    const c = new Convo(['s1', 's2'], { 's2.totalOutput': { value: { '2021': '100.00', '2022': '120.00', '2023': '150.00' } } })
    const first = c.asking
    expect(first?.startsWith('s1.')).toBe(true)
    c.say('修改 2023年集群总产值')
    expect(c.asking).toBe('s2.totalOutput')
    c.say('160')
    expect(c.value('s2.totalOutput')).toEqual({ '2021': '100.00', '2022': '120.00', '2023': '160.00' })
    expect(c.asking).toBe(first)
    // A jump is the member's own way on: no return afterwards.
    c.say('跳到第二部分')
    c.say('82 83 84')
    expect(c.asking).toBe('s2.leadingShare')
  })

  it('edits one year of an earlier answer with 修改 2022年集群总产值', () => {
    const c = new Convo(['s2'])
    c.say('118.36 131.52 146.8')
    c.say('修改 2022年集群总产值')
    expect(currentQuestion(c.state)?.prompt).toMatch(/^请填写2022年的数值（亿元）\n当前答案：2021年 118.36，2022年 131.52/)
    c.say('132.00')
    expect(c.value('s2.totalOutput')).toEqual({ '2021': '118.36', '2022': '132.00', '2023': '146.80' })
  })

  it('says so when 修改 names no cell', () => {
    const c = new Convo(['s2'])
    c.say('修改 天气预报')
    expect(c.lastBot('error')).toContain('没有找到“天气预报”这一栏')
  })

  it('shows the 填报说明 on 怎么填？', () => {
    const c = new Convo(['s2'])
    c.say('怎么填？')
    expect(c.lastBot('info')).toContain('财务数据应以企业该年度会计报表期末数为准。')
  })
})

describe('every item kind', () => {
  it('text, phone, region and date on the cover and in section 一', () => {
    const c = new Convo(['s1', 'cover'])
    expect(c.asking).toBe('cover.region')
    c.say('潍坊 坊子区')
    expect(c.value('cover.region')).toEqual({ city: '潍坊市', county: '坊子区' })
    c.say('2024年3月15日')
    expect(c.value('cover.declareDate')).toBe('2024-03-15')
    c.say('王建国')
    c.say('0536 7581234')
    expect(c.asking).toBe('s1.clusterName')
    c.say('潍坊市坊子区动力装备特色产业集群')
    c.say('潍坊市坊子区工业和信息化局')
    c.say('李明')
    c.say('０５３６－７５８２３４５')
    expect(c.value('s1.authorityPhone')).toBe('0536-7582345')
    c.say('坊子区动力装备产业园管理委员会')
    c.say('张丽')
    c.say('138 0536 1234')
    c.say('23.6平方公里')
    expect(c.value('s1.area')).toBe('23.60')
    c.say('第二产业')
    c.say('否')
    c.say('否')
    c.say('否')
    c.say('是')
    c.say('不适用')
    expect(c.value('s1.waterBenchmark')).toBe('s1.waterBenchmark.3')
    expect(c.asking).toBeNull()
  })

  it('refuses a mobile number with a digit missing', () => {
    const c = new Convo(['s1'], { 's1.clusterName': { value: 'x' }, 's1.authority': { value: 'y' }, 's1.authorityContact': { value: 'z' } })
    expect(c.asking).toBe('s1.authorityPhone')
    c.say('1380536123')
    expect(c.lastBot('error')).toContain('应为 11 位手机号或带区号的座机号')
  })

  it('checklists as multi-select, then 完成', () => {
    const c = new Convo(['s7'], { 's7.environmentNarrative': { value: '无' } })
    c.say('建立中小企业政策宣贯与对接机制')
    c.say('1 5')
    c.say('5')
    c.say('完成')
    expect(c.value('s7.environmentWork')).toEqual({ ticked: ['s7.environmentWork.1', 's7.environmentWork.2'] })
  })

  it('refuses 完成 with nothing ticked (a second tap must not record “均未开展”) and keeps 都没有 for that', () => {
    const c = new Convo(['s7'], { 's7.environmentNarrative': { value: '无' } })
    expect(c.asking).toBe('s7.environmentWork')
    c.say('完成')
    expect(c.lastBot('error')).toBe('还没有勾选任何一项。请点选已开展的项；如均未开展，请点“都没有”。')
    expect(c.value('s7.environmentWork')).toBeUndefined()
    c.say('1')
    c.say('1')
    c.say('完成')
    expect(c.value('s7.environmentWork')).toBeUndefined()
    c.say('都没有')
    expect(c.value('s7.environmentWork')).toEqual({ ticked: [] })
  })

  it('checklist options with full-width punctuation are recognised when tapped', () => {
    const c = new Convo(['s2'], Object.fromEntries(Object.entries(COMPLETE_APPLICATION).filter(([id]) => id !== 's2.chainWork')) as Record<string, Answer>)
    expect(c.asking).toBe('s2.chainWork')
    c.say('绘制产业链图谱，开展产业链培育')
    c.say('完成')
    expect(c.value('s2.chainWork')).toEqual({ ticked: ['s2.chainWork.1'] })
  })

  it('text blocks refuse numbers alone (a year row typed on), saying what is wanted', () => {
    const c = new Convo(['s7'])
    c.say('10 12 15')
    expect(c.lastBot('error')).toBe('“集群发展环境情况（200字以内）”需要文字描述，只有数字不能作为说明；没有相关情况请回复“无”。')
    expect(c.value('s7.environmentNarrative')).toBeUndefined()
  })

  it('text blocks refuse 201 characters and keep 200', () => {
    const c = new Convo(['s7'])
    c.say('字'.repeat(201))
    expect(c.lastBot('error')).toContain('限 200 字，当前 201 字')
    c.say('字'.repeat(199) + '😀')
    expect(c.value('s7.environmentNarrative')).toBe('字'.repeat(199) + '😀')
  })

  it('itemised lists as repeated mini-dialogues with 再加一条 / 完成', () => {
    const c = new Convo(['s6'], { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '2' } })
    expect(c.asking).toBe('s6.branchList')
    for (const t of ['潍坊动力机械有限公司', '潍坊动力（泰国）有限公司', '泰国', '2019年', '再加一条', '华驰液压件有限公司', '华驰越南公司', '越南', '2023', '完成']) c.say(t)
    expect(c.value('s6.branchList')).toEqual({
      entries: [
        { id: 'e1', fields: { enterprise: '潍坊动力机械有限公司', name: '潍坊动力（泰国）有限公司', country: '泰国', year: '2019' } },
        { id: 'e2', fields: { enterprise: '华驰液压件有限公司', name: '华驰越南公司', country: '越南', year: '2023' } }
      ]
    })
  })

  it('an itemised list answered 无', () => {
    const c = new Convo(['s6'], { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '0' } })
    c.say('无')
    expect(c.value('s6.branchList')).toEqual({ none: true, entries: [] })
  })

  it('the standards matrix year by year', () => {
    const c = new Convo(['s3'], { 's3.rdIntensity': COMPLETE_APPLICATION['s3.rdIntensity']!, 's3.rdGrowth': COMPLETE_APPLICATION['s3.rdGrowth']! })
    c.say('0 0 1 2 2 1 1 0')
    c.say('无')
    c.say('0 1 1 0 1 2 1 0')
    expect(c.value('s3.standards')).toMatchObject({ '2021': { 国家: { host: '1', participate: '2' } }, '2022': { 国际: { host: '0' } }, '2023': { 国际: { participate: '1' } } })
  })

  it('platforms: counts then names', () => {
    const c = new Convo(['s3'], { ...COMPLETE_APPLICATION } as Record<string, Answer>)
    delete c.answers['s3.platforms']
    c.state = editItem(c.state, c.answers, 's3.platforms')
    c.say('1')
    c.say('国家内燃机检测中心')
    c.say('0')
    c.say('2')
    c.say('平台甲、平台乙')
    expect(c.value('s3.platforms')).toEqual({
      national: { count: '1', entries: [{ name: '国家内燃机检测中心' }] },
      provincial: { count: '0', entries: [] },
      other: { count: '2', entries: [{ name: '平台甲' }, { name: '平台乙' }] }
    })
  })

  it('the green-manufacturing counts in one message', () => {
    const c = new Convo(['s5'], COMPLETE_APPLICATION as Record<string, Answer>)
    c.state = editItem(c.state, c.answers, 's5.greenSystem')
    c.say('6 0 2 9')
    expect(c.value('s5.greenSystem')).toEqual({ factories: '6', parks: '0', supplyChains: '2', products: '9' })
  })

  it('the plan part by part, with 2023 baselines pre-filled from earlier answers', () => {
    const answers = { ...COMPLETE_APPLICATION } as Record<string, Answer>
    delete answers['s8.plan']
    const c = new Convo(['s8'], answers)
    expect(currentQuestion(c.state)?.prompt).toContain('一、集群基本情况简介')
    for (let i = 0; i < 10; i++) c.say(`第${i + 1}部分的内容。`)
    expect(currentQuestion(c.state)?.prompt).toContain('基准值按前面的填报为 12.46%')
    c.say('12.5%')
    for (let i = 0; i < 8; i++) c.say('跳过')
    const plan = c.value('s8.plan') as { parts: Record<string, string>; indicators: unknown[] }
    expect(Object.keys(plan.parts)).toHaveLength(10)
    expect(plan.indicators).toEqual([{ direction: '主导产业', indicator: '集群产值年均增速', baseline: '12.46%', target: '12.5%' }])
  })
})

describe('hostile input', () => {
  it.each([
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['script', '<script>alert(1)</script>'],
    ['emoji', '😀😀😀'],
    ['control characters', '\u0000\u0001'],
    ['a 10,000-digit number', '1'.repeat(10000)]
  ])('refuses %s for a year row and stores nothing', (_name, text) => {
    const c = new Convo(['s2'])
    c.say(text)
    expect(c.value('s2.totalOutput')).toBeUndefined()
    expect(c.lastBot('error')).toBeDefined()
  })

  it('stores script text in a narrative as plain text', () => {
    const c = new Convo(['s7'])
    c.say('<script>alert(1)</script>')
    expect(c.value('s7.environmentNarrative')).toBe('<script>alert(1)</script>')
  })

  it('refuses control characters in a narrative', () => {
    const c = new Convo(['s7'])
    c.say('正常\u0007文字')
    expect(c.lastBot('error')).toContain('控制字符')
  })
})
