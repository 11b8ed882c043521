import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { SectionId } from '../form'
import type { Answer } from '../rules'
import { currentQuestion, editItem, openSection, reconcile, refresh, reply, startChat, type ChatState, type Turn } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')

/** Drives the engine as the chat page does; `said` is every bot text after the last message, in order. */
class Convo {
  answers: Record<string, Answer>
  state: ChatState
  said: string[] = []
  constructor(scope: SectionId[], answers: Record<string, Answer> = {}) {
    this.answers = { ...answers }
    this.state = startChat(scope, this.answers)
  }
  say(text: string): string[] {
    const before = this.state.turns.length
    const step = reply(this.state, this.answers, text, { now: NOW })
    for (const w of step.writes) this.answers[w.itemId] = w.answer
    this.state = step.state
    this.said = step.state.turns.slice(before + 1).map(textOf)
    return this.said
  }
  /** A reload: the chat state goes through JSON, as on the device. */
  reload() {
    this.state = JSON.parse(JSON.stringify(this.state)) as ChatState
  }
}

const textOf = (t: Turn) => (t.from === 'bot' ? (t.kind === 'question' ? t.prompt : t.text) : t.text)

function standard(c: Convo, n: number) {
  for (const v of [`标准${n}`, `GB/T ${n}—2022`, '国家', '主持', '2022', '某公司']) c.say(v)
}

function atStandardsList(): Convo {
  const c = new Convo(['s3'])
  c.state = editItem(c.state, c.answers, 's3.standardsList')
  return c
}

describe('lists keep their finished entries', () => {
  it('judges each field as it is typed and refuses a 10,000-character name at once', () => {
    const c = atStandardsList()
    expect(c.say('x'.repeat(10000))).toEqual(['“标准清单·标准名称”限 200 字，当前 10000 字，请精简 9800 字。请重新填写第1条的“标准名称”。'])
    expect(c.say('标准1')).toEqual(['第1条 · 请填写“标准号”'])
  })

  it('says so when text typed instead of “再加一条” starts the next entry', () => {
    const c = atStandardsList()
    standard(c, 1)
    expect(c.say('标准2')).toEqual(['已开始第2条，“标准名称”记为：标准2', '第2条 · 请填写“标准号”'])
  })

  it('refuses a wrong 类别 with the options and keeps the entries typed so far', () => {
    const c = atStandardsList()
    for (let n = 1; n <= 5; n++) standard(c, n)
    c.say('再加一条')
    c.say('标准6')
    c.say('GB 6—2022')
    expect(c.say('国家标准吧')).toEqual(['“类别”请从以下选择：国际、国家、行业、团体'])
    expect(c.state.pending).toMatchObject({ kind: 'list', field: 2 })
  })

  it('keeps five entries through a refused field, “跳过” and a reload, and resumes where it stopped', () => {
    const c = atStandardsList()
    for (let n = 1; n <= 5; n++) standard(c, n)
    c.say('再加一条')
    c.say('标准6')
    c.say('GB 6—2022')
    c.say('国家标准吧')
    expect(c.say('跳过')[0]).toBe('已跳过，已填好的部分已保留，稍后继续；提交前仍需填写。回复“修改 标准清单”可回来继续。')
    c.reload()
    expect(c.say('修改 标准清单')).toEqual(['继续填写，之前填好的部分已保留。第6条 · 请填写“类别”（国际/国家/行业/团体）'])
    // “修改 标准清单” was said at the question after the list: the chat goes back there.
    expect(c.say('完成')).toEqual([
      '第6条未填完，未记录；已填的 5 条已保留。',
      '已记录：共 5 条',
      '国家制造业创新中心或国家级创新平台名称及数量：数量（个）？'
    ])
    expect((c.answers['s3.standardsList'].value as { entries: unknown[] }).entries).toHaveLength(5)
  })

  it('keeps the entries when the same list is opened again mid-entry (a tap, “修改 标准清单”)', () => {
    const c = atStandardsList()
    for (let n = 1; n <= 2; n++) standard(c, n)
    c.say('再加一条')
    c.say('标准3')
    expect(c.say('修改 标准清单')).toEqual(['继续填写，之前填好的部分已保留。第3条 · 请填写“标准号”'])
  })

  it('continues a stored list with “再加一条” instead of starting over', () => {
    const c = atStandardsList()
    for (let n = 1; n <= 2; n++) standard(c, n)
    c.say('完成')
    c.state = editItem(c.state, c.answers, 's3.standardsList')
    expect(currentQuestion(c.state)?.prompt).toBe('已有 2 条。回复“再加一条”继续添加，或回复“完成”。要改动其中一条，可回复“修改第1条”或“删除第1条”（按序号）。\n当前答案：共 2 条（回复“跳过”保持不变）')
    c.say('再加一条')
    standard(c, 3)
    c.say('完成')
    const entries = (c.answers['s3.standardsList'].value as { entries: { id: string }[] }).entries
    expect(entries.map((e) => e.id)).toEqual(['e1', 'e2', 'e3'])
  })
})

describe('year rows keep their good values', () => {
  it('reads a row typed with its years and units, “2021年12亿 2022年13亿 2023年15亿”', () => {
    const c = new Convo(['s2'])
    c.say('2021年12亿 2022年13亿 2023年15亿')
    expect(c.answers['s2.totalOutput'].value).toEqual({ '2021': '12.00', '2022': '13.00', '2023': '15.00' })
  })

  it('takes the years typed in any order with colons, and asks the year left out alone', () => {
    const c = new Convo(['s2'])
    expect(c.say('2023：15，2021：12')).toEqual(['请填写2022年的数值（亿元）'])
    c.say('13')
    expect(c.answers['s2.totalOutput'].value).toEqual({ '2021': '12.00', '2022': '13.00', '2023': '15.00' })
  })

  it('still reads a count of 2021 as a value, and refuses a year the row does not have or a year with no value', () => {
    const c = new Convo(['s2'])
    expect(c.say('2020年12亿 2021年13亿')).toEqual(['本题填写2021年、2022年、2023年的数值，没有2020年。'])
    expect(c.say('2021年 2022年13')).toEqual(['请在每个年份后写上数值，如“2021年118.36”。'])
    c.state = editItem(c.state, c.answers, 's2.enterprises')
    c.say('2021 2100 2200')
    expect(c.answers['s2.enterprises'].value).toEqual({ '2021': '2021', '2022': '2100', '2023': '2200' })
  })

  it('refuses an estimate and a “不知道” with what to do instead', () => {
    const c = new Convo(['s2'])
    expect(c.say('大概13.5亿')).toEqual(['“2021年集群总产值（亿元）”要填写统计数据中的准确数值，不能填约数（“大概”）。请填写准确数值，例如 118.36。'])
    expect(c.say('不知道')).toEqual(['“2021年集群总产值（亿元）”暂时不知道的话，可以回复“跳过”，稍后再填（总览会列出未填的项）；知道后请填写数值。'])
    expect(c.answers['s2.totalOutput']).toBeUndefined()
  })

  it('refuses a negative amount as soon as it is typed and keeps the earlier years', () => {
    const c = new Convo(['s2'])
    expect(c.say('-5')).toEqual(['“2021年集群总产值（亿元）”不能为负数。'])
    c.say('100')
    expect(c.say('abc')).toEqual(['“2022年集群总产值（亿元）”需要填写数字，例如 118.36。'])
    expect(currentQuestion(c.state)?.prompt).toBe('请填写2022年的数值（亿元）')
    c.say('120')
    c.say('130')
    expect(c.answers['s2.totalOutput'].value).toEqual({ '2021': '100.00', '2022': '120.00', '2023': '130.00' })
  })

  it('keeps the good years of a three-value message and asks the refused one alone', () => {
    const c = new Convo(['s3'])
    expect(c.say('3.2 3.4 -5')).toEqual(['“2023年集群中小企业近三年研发投入强度（%）”不能为负数。', '请填写2023年的数值（%）'])
    c.say('3.6')
    expect(c.answers['s3.rdIntensity'].value).toEqual({ '2021': '3.20', '2022': '3.40', '2023': '3.60' })
  })

  it('asks for one value when one year is left, without “1个数值”', () => {
    const c = new Convo(['s2'])
    c.say('118.36')
    c.say('131.52')
    expect(c.say('1 2')).toEqual(['请只填写2023年的一个数值。'])
  })

  it('keeps a half-typed row through “跳过” and resumes it', () => {
    const c = new Convo(['s2'])
    c.say('118.36')
    c.say('跳过')
    c.reload()
    expect(c.say('修改 集群总产值')).toEqual(['继续填写，之前填好的部分已保留。请填写2022年的数值（亿元）'])
  })
})

describe('warnings and their explanations', () => {
  const named = (): Convo => {
    const c = new Convo(['cover', 's1'])
    c.say('枣庄市滕州市')
    c.state = editItem(c.state, c.answers, 's1.clusterName')
    return c
  }

  it('keeps a recognised name that draws the pattern warning, with its explanation beside it', () => {
    const c = named()
    expect(c.say('滕州市中小数控机床特色产业集群')).toEqual([
      '已记录：滕州市中小数控机床特色产业集群',
      '集群名称与填报格式“XX市XX县（市、区）XX特色产业集群”不完全一致（县级市名称前未写所属设区市），如为正式名称请简要说明。\n如确认无误，请简要说明原因（会随答案保存，供审核参考）；如需修改，请回复“重新填写”。'
    ])
    expect(c.say('滕州市为县级市，此为认定名称')[0]).toBe('已保存说明：滕州市为县级市，此为认定名称')
    expect(c.answers['s1.clusterName']).toEqual({ value: '滕州市中小数控机床特色产业集群', explanation: '滕州市为县级市，此为认定名称' })
  })

  it('asks only the warned year again on “重新填写”, keeping the others', () => {
    const c = new Convo(['s2'])
    c.state = editItem(c.state, c.answers, 's2.leadingGrowth')
    c.say('12 500 13')
    expect(c.say('重新填写')).toEqual(['请填写2022年的数值（%）'])
    c.say('12.5')
    expect(c.answers['s2.leadingGrowth']).toEqual({ value: { '2021': '12.00', '2022': '12.50', '2023': '13.00' } })
  })

  it('does not replace the operator’s name with the explanation', () => {
    const c = new Convo(['s1'])
    c.state = editItem(c.state, c.answers, 's1.operator')
    c.say('潍坊市坊子区城市建设投资有限公司')
    c.say('该公司同时承担园区运营管理')
    expect(c.answers['s1.operator']).toEqual({ value: '潍坊市坊子区城市建设投资有限公司', explanation: '该公司同时承担园区运营管理' })
  })
})

describe('the end of the conversation', () => {
  it('never says 已全部填写 while a required item is empty', () => {
    const answers = { ...(COMPLETE_APPLICATION as Record<string, Answer>) }
    delete answers['s7.environmentNarrative']
    const c = new Convo(['s7'], answers)
    expect(c.state.cursor).toBe('s7.environmentNarrative')
    expect(c.say('跳过')).toEqual([
      '已跳过，稍后再问；提交前仍需填写。',
      '您负责的部分还有 1 项必填未填写：“集群发展环境情况（200字以内）”。回复“修改 ＋栏目名称”填写，提交前须全部填写。'
    ])
    expect(c.say('好的')).toEqual(['您负责的部分还有 1 项必填未填写：“集群发展环境情况（200字以内）”。回复“修改 ＋栏目名称”填写，提交前须全部填写。'])
  })

  it('says 已全部填写 when every required item in scope is answered', () => {
    const c = new Convo(['s7'], COMPLETE_APPLICATION as Record<string, Answer>)
    expect(c.say('你好')).toEqual(['您负责的部分已全部填写。可以在“总览”中检查问题，或回复“修改 ＋栏目名称”修改答案。'])
  })
})

describe('answers filled by a colleague', () => {
  it('shows each answer of a filled section as 当前答案, in order', () => {
    const c = new Convo(['s2'], COMPLETE_APPLICATION as Record<string, Answer>)
    c.state = openSection(c.state, c.answers, 's2')
    expect(currentQuestion(c.state)?.prompt).toBe('请分别填写2021年、2022年、2023年的数值（单位：亿元）\n当前答案：2021年 118.36，2022年 131.52，2023年 146.80（亿元）（回复“跳过”保持不变）')
    c.say('跳过')
    expect(c.state.cursor).toBe('s2.smeOutputShare')
    expect(currentQuestion(c.state)?.prompt).toContain('\n当前答案：')
  })

  it('asks the question on screen again when a pull brings its answer', () => {
    const c = new Convo(['s2'])
    const after = { 's2.totalOutput': COMPLETE_APPLICATION['s2.totalOutput'] as Answer }
    const next = refresh(c.state, {}, after)
    expect(next.turns.slice(-2).map(textOf)).toEqual([
      '其他成员已更新这一栏。',
      '请分别填写2021年、2022年、2023年的数值（单位：亿元）\n当前答案：2021年 118.36，2022年 131.52，2023年 146.80（亿元）（回复“跳过”保持不变）'
    ])
  })

  it('asks again, on opening the chat, a question a colleague answered while this phone was away', () => {
    const c = new Convo(['s2'])
    const later = { 's2.totalOutput': COMPLETE_APPLICATION['s2.totalOutput'] as Answer }
    expect(reconcile(c.state, later).turns.slice(-2).map(textOf)).toEqual([
      '其他成员已更新这一栏。',
      '请分别填写2021年、2022年、2023年的数值（单位：亿元）\n当前答案：2021年 118.36，2022年 131.52，2023年 146.80（亿元）（回复“跳过”保持不变）'
    ])
  })

  it('leaves the question on screen alone when it already shows the current answer', () => {
    const c = new Convo(['s2'], COMPLETE_APPLICATION as Record<string, Answer>)
    c.state = openSection(c.state, c.answers, 's2')
    expect(reconcile(c.state, c.answers)).toBe(c.state)
    const fresh = new Convo(['s2'])
    expect(reconcile(fresh.state, {})).toBe(fresh.state)
  })

  it('leaves a half-typed answer alone when a pull arrives', () => {
    const c = new Convo(['s2'])
    c.say('118.36')
    expect(refresh(c.state, {}, { 's2.totalOutput': COMPLETE_APPLICATION['s2.totalOutput'] as Answer })).toBe(c.state)
  })
})

describe('small readings', () => {
  it('converts 1.846万人 for a headcount and says so', () => {
    const c = new Convo(['s3'])
    c.state = editItem(c.state, c.answers, 's3.smeEmployees')
    expect(c.say('1.846万人').slice(0, 2)).toEqual(['已换算单位：1.846万人 = 18460人', '已记录：18460 人'])
  })

  it('refuses a contact answer that also holds a phone number', () => {
    const c = new Convo(['cover'])
    c.state = editItem(c.state, c.answers, 'cover.contactName')
    expect(c.say('李明 13953612345')).toEqual(['“联系人”请只填写姓名，不含数字或电话号码；联系电话在下一题填写。'])
  })

  it('takes platform names over several messages, so a second name is not read as a count', () => {
    const c = new Convo(['s3'])
    c.state = editItem(c.state, c.answers, 's3.platforms')
    expect(c.say('2')).toEqual(['请填写这 2 个平台的名称，多个名称用“、”分开，可分几条发送'])
    expect(c.say('山东省数控机床创新中心')).toEqual(['已记录 1 个名称，请继续填写其余 1 个平台的名称（用“、”分开）'])
    expect(c.say('滕州市机床工程技术研究中心')).toEqual(['省级制造业创新中心或省级创新平台名称及数量：数量（个）？'])
    expect(c.say('1')).toEqual(['请填写这 1 个平台的名称，多个名称用“、”分开，可分几条发送'])
    expect(c.say('甲、乙')).toEqual(['数量填写为 1 个，这里有 2 个名称；请只填写其余 1 个名称。'])
  })

  it('names the count in a refusal of a count group (no empty label)', () => {
    const c = new Convo(['s5'])
    c.state = editItem(c.state, c.answers, 's5.greenSystem')
    expect(c.say('1 2 x 4')).toEqual(['“绿色供应链管理企业数量”需要填写数字，例如 12。'])
  })

  it('names the tier in a refusal of a platform count (no empty label)', () => {
    const c = new Convo(['s3'])
    c.state = editItem(c.state, c.answers, 's3.platforms')
    expect(c.say('两个半')).toEqual(['“国家制造业创新中心或国家级创新平台名称及数量·数量”需要填写数字，例如 12。'])
  })
})
