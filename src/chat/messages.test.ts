/**
 * The conversation's messages, each asserted with its full text (no empty labels, one example, the right
 * unit). Messages of multi-part answers and warnings are in parts.test.ts; commands in engine.test.ts.
 */
import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { SectionId } from '../form'
import type { Answer } from '../rules'
import { editItem, evidenceAsk, openSection, reply, startChat, type ChatState, type Turn } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const textOf = (t: Turn) => (t.from === 'bot' ? (t.kind === 'question' ? t.prompt : t.text) : t.text)
const said: string[] = []

/** Opens `item` (when given), sends each message, and returns every bot text after the last one. */
function run(scope: SectionId[], item: string | null, says: string[], answers: Record<string, Answer> = {}): string[] {
  let st: ChatState = startChat(scope, answers)
  const a = { ...answers }
  if (item) st = editItem(st, a, item)
  let last: string[] = []
  for (const t of says) {
    const before = st.turns.length
    const r = reply(st, a, t, { now: NOW })
    for (const w of r.writes) a[w.itemId] = w.answer
    st = r.state
    last = st.turns.slice(before + 1).map(textOf)
    said.push(...last)
  }
  return last
}

describe('every message the conversation sends', () => {
  it('answers “怎么填？” with how to answer the item, an example, the 填报说明 that apply, and how to leave it for later', () => {
    expect(run(['s2'], null, ['怎么填？'])).toEqual([
      '“集群总产值（亿元）”怎么填：\n· 填写方法：请分别填写2021年、2022年、2023年的数值（单位：亿元），例如：118.36 131.52 146.80。\n· 各必填栏目不得空缺，无相关情况时应填写“无”；数据有小数时，保留小数点后2位。\n· 财务数据应以企业该年度会计报表期末数为准。\n暂时没有数据可以回复“跳过”，稍后再填（提交前须填写）。'
    ])
  })

  it('repeats where the answer stands when “怎么填？” is asked part way through', () => {
    expect(run(['s2'], null, ['100', '怎么填？'])).toEqual([
      '“集群总产值（亿元）”怎么填：\n· 填写方法：请分别填写2021年、2022年、2023年的数值（单位：亿元），例如：118.36 131.52 146.80。\n· 各必填栏目不得空缺，无相关情况时应填写“无”；数据有小数时，保留小数点后2位。\n· 财务数据应以企业该年度会计报表期末数为准。\n暂时没有数据可以回复“跳过”，稍后再填（提交前须填写）。\n现在请回答：请填写2022年的数值（亿元）'
    ])
  })

  it('says so when “上一题” is asked at the first question', () => {
    expect(run(['cover'], null, ['上一题'])).toEqual([
      '已经是第一题了。'
    ])
  })

  it('names an unknown field in “修改 …” and gives an example', () => {
    expect(run(['s2'], null, ['修改 不存在的栏目'])).toEqual([
      '没有找到“不存在的栏目”这一栏，请使用申报表上的栏目名称，例如“修改 2022年集群总产值”。'
    ])
  })

  it('refuses a jump to a section the member does not fill', () => {
    expect(run(['s2'], null, ['跳到第三部分'])).toEqual(['这一部分不在您负责的范围内。您负责：二。'])
    expect(run(['cover', 's1', 's3'], null, ['跳到第二部分'])).toEqual([
      '这一部分不在您负责的范围内。您负责：封面、一、三，可回复“跳到第一部分”。'
    ])
  })

  it('refuses a money unit for a headcount, with the cell’s unit and one example', () => {
    expect(run(['s3'], 's3.smeEmployees', ['3亿元'])).toEqual([
      '“集群内中小企业从业人员数量”的单位是“人”，请按人填写，例如 12。'
    ])
  })

  it('refuses words for a headcount with a count example', () => {
    expect(run(['s3'], 's3.smeEmployees', ['abc'])).toEqual([
      '“集群内中小企业从业人员数量”需要填写数字，例如 12。'
    ])
  })

  it('refuses 万 for a percentage with a percentage example', () => {
    expect(run(['s3'], 's3.rdStaffShare', ['12万'])).toEqual([
      '“集群内中小企业研发人员占从业人员比例（%）”的单位是“%”，请按%填写，例如 72.50。'
    ])
  })

  it('gives a percentage example, not an amount, for a share', () => {
    expect(run(['s3'], 's3.rdStaffShare', ['百分之'])).toEqual([
      '“集群内中小企业研发人员占从业人员比例（%）”需要填写数字，例如 72.50。'
    ])
  })

  it('asks for all three years or one at a time when two values are sent', () => {
    expect(run(['s2'], 's2.totalOutput', ['1 2'])).toEqual([
      '请一次填写2021年、2022年、2023年共3个数值（用空格分开），或逐年填写。'
    ])
  })

  it('lists the eight counts of a standards year', () => {
    expect(run(['s3'], 's3.standards', ['1 2 3'])).toEqual([
      '请填写8个数：国际主持、国际参与、国家主持、国家参与、行业主持、行业参与、团体主持、团体参与；没有请回复“无”。'
    ])
  })

  it('lists the options of a choice', () => {
    expect(run(['s1'], 's1.industryType', ['随便'])).toEqual([
      '请从以下选项中选择：第一产业、第二产业、第三产业'
    ])
  })

  it('explains how to tick a checklist', () => {
    expect(run(['s2'], 's2.chainWork', ['99'])).toEqual([
      '请点选选项，或回复选项序号（如 1 3 5），选好后回复“完成”。'
    ])
  })

  it('lists the ticked options', () => {
    expect(run(['s2'], 's2.chainWork', ['1 3'])).toEqual([
      '已选 2 项：绘制产业链图谱，开展产业链培育；联合集群上下游企业，组建创新联合体，开展产业链联合攻关。继续点选，或回复“完成”。'
    ])
  })

  it('asks for evidence of ticked options once a checklist is done', () => {
    expect(run(['s2'], 's2.chainWork', ['1', '完成'])).toEqual([
      '已记录：绘制产业链图谱，开展产业链培育',
      '勾选的每一项都需要佐证材料（证明、证书或自我声明）：请在下方点“拍照”或“从相册选”添加盖章证明的照片，也可以点“稍后补充”，之后在“佐证材料”页补上。',
      '请用200字以内描述'
    ])
  })

  it('asks for proof of a 如涉及 “是” and of each list entry, with the same way to add it', () => {
    expect(evidenceAsk('answer', 1)).toBe('这一项需要佐证材料（证明或证书）：请在下方点“拍照”或“从相册选”添加盖章证明的照片，也可以点“稍后补充”，之后在“佐证材料”页补上。')
    expect(evidenceAsk('entries', 3)).toBe('这 3 条都需要佐证材料（证书或证明）：请在下方点“拍照”或“从相册选”添加盖章证明的照片，也可以点“稍后补充”，之后在“佐证材料”页补上。')
  })

  it('asks a checklist again with its stored ticks selected: “完成” keeps them and their photos, a tap changes one', () => {
    const stored = { 's2.chainWork': { value: { ticked: ['s2.chainWork.1', 's2.chainWork.3'], evidence: { 's2.chainWork.1': ['a'.repeat(64)] } } } }
    let st = editItem(startChat(['s2'], stored), stored, 's2.chainWork')
    const question = st.turns[st.turns.length - 1]
    expect(textOf(question)).toBe(
      '可多选\n已选的项已标出：点选可取消或增加，选好后回复“完成”。\n当前答案：绘制产业链图谱，开展产业链培育；联合集群上下游企业，组建创新联合体，开展产业链联合攻关（回复“跳过”保持不变）'
    )
    const kept = reply(st, stored, '完成', { now: NOW })
    expect(kept.writes[0].answer.value).toEqual(stored['s2.chainWork'].value)
    st = reply(st, stored, '3', { now: NOW }).state
    const changed = reply(st, stored, '完成', { now: NOW })
    expect(changed.writes[0].answer.value).toEqual({ ticked: ['s2.chainWork.1'], evidence: { 's2.chainWork.1': ['a'.repeat(64)] } })
  })

  it('takes a bare “重新填写” right after a finding told on the way to the next question (in red: it blocks 提交) as: that answer again', () => {
    let st = editItem(startChat(['s2'], {}), {}, 's2.smeOutputShare')
    const a: Record<string, Answer> = {}
    const r = reply(st, a, '60 62 65', { now: NOW })
    for (const w of r.writes) a[w.itemId] = w.answer
    st = r.state
    expect(st.turns.some((t) => t.from === 'bot' && t.kind === 'feedback' && t.tone === 'error' && t.itemId === 's2.smeOutputShare')).toBe(true)
    expect(st.cursor).not.toBe('s2.smeOutputShare') // the chat moved on
    expect(reply(st, a, '重新填写', { now: NOW }).state.cursor).toBe('s2.smeOutputShare')
  })

  it('takes a bare “重新填写” as: ask the question on screen again', () => {
    expect(run(['s1'], 's1.area', ['重新填写'])).toEqual(['请输入数值（单位：平方公里）'])
    expect(run([], null, ['重新填写'])).toEqual(['请说明要修改哪一栏，例如“修改 2022年集群总产值”。'])
  })

  it('tells a member who only reads, once and the same way, where to look instead of asking anything', () => {
    const readOnly = '您的角色只查看、不填写：答案和问题请在“总览”中查看（点部分标题可按表格查看），照片在“佐证材料”中查看。'
    const start = startChat([], {})
    expect(start.turns.map(textOf)).toEqual([readOnly])
    expect(run([], null, ['跳到第二部分'])).toEqual([readOnly])
  })

  it('gives the date formats', () => {
    expect(run(['cover'], 'cover.declareDate', ['明天'])).toEqual([
      '请按 2024年3月15日 或 2024-03-15 填写日期。'
    ])
  })

  it('gives the region pattern', () => {
    expect(run(['cover'], 'cover.region', ['北京'])).toEqual([
      '请填写“XX市XX县（市、区）”，如：潍坊市坊子区。'
    ])
  })

  it('asks for a four-digit year in a list', () => {
    expect(run(['s5'], 's5.greenList', ['绿色工厂', '某工厂', '国家级', '二零二二'])).toEqual([
      '“公布年份”请填写四位年份，如 2021。'
    ])
  })

  it('offers “再加一条” or “完成” after an entry', () => {
    expect(run(['s5'], 's5.greenList', ['绿色工厂', '某工厂', '国家级', '2022'])).toEqual([
      '已添加第1条：绿色工厂，某工厂，国家级，2022。回复“再加一条”继续，或回复“完成”。'
    ])
  })

  it('asks the first field of the next entry', () => {
    expect(run(['s5'], 's5.greenList', ['绿色工厂', '某工厂', '国家级', '2022', '再加一条'])).toEqual([
      '第2条 · 请填写“类别”（绿色工厂/绿色工业园区/绿色供应链管理企业/绿色设计产品）'
    ])
  })

  it('records “无” for an empty list', () => {
    expect(run(['s5'], 's5.greenList', ['无'])).toEqual([
      '已记录：无',
      '请选择一项'
    ])
  })

  it('names every count still to fill', () => {
    expect(run(['s5'], 's5.greenSystem', ['1 2'])).toEqual([
      '请填写绿色工厂数量、绿色工业园区数量、绿色供应链管理企业数量、绿色设计产品数量（用空格分开）。'
    ])
  })

  it('asks the next count by its label', () => {
    expect(run(['s5'], 's5.greenSystem', ['1'])).toEqual([
      '请填写绿色工业园区数量'
    ])
  })

  it('moves to the next tier after a zero count', () => {
    expect(run(['s3'], 's3.platforms', ['0'])).toEqual([
      '省级制造业创新中心或省级创新平台名称及数量：数量（个）？'
    ])
  })

  it('asks the next part of the plan with its printed guidance', () => {
    expect(run(['s8'], 's8.plan', ['集群简介文字'])).toEqual([
      '规划第2/10部分：二、发展成效\n包括提升集群主导产业优势、激发集群创新活力、推进集群数字化升级、加快集群绿色低碳转型、深化集群开放合作、提升集群治理和服务能力等方面开展的工作和取得的成绩。'
    ])
  })

  it('records the city’s opinion in 九', () => {
    expect(run(['s9'], null, ['x'])).toEqual([
      '已记录：x',
      '您负责的部分已全部填写。可以在“总览”中检查问题，或回复“修改 ＋栏目名称”修改答案。'
    ])
  })

  it('records a share row', () => {
    expect(run(['s2'], 's2.smeOutputShare', ['82 83 84'], {})).toEqual([
      '已记录：2021年 82.00，2022年 83.00，2023年 84.00（%）',
      '请分别填写2021年、2022年、2023年的数值（单位：%）'
    ])
  })

  it('keeps an implausible rate and asks for an explanation', () => {
    expect(run(['s2'], 's2.leadingGrowth', ['12 500 13'])).toEqual([
      '已记录：2021年 12.00，2022年 500.00，2023年 13.00（%）',
      '“集群主导产业产值增速（%）”为 500.00%，超出常见范围（-50% 至 200%），请核对或简要说明原因。\n如确认无误，请简要说明原因（会随答案保存，供审核参考）；如需修改，请回复“重新填写”。'
    ])
  })

  it('asks for a sentence when the explanation is only “确认”', () => {
    expect(run(['s2'], 's2.leadingGrowth', ['12 500 13', '确认'])).toEqual([
      '请用一句话说明原因（会随答案保存，供审核参考）。'
    ])
  })

  it('refuses a text over its limit with the count', () => {
    expect(run(['s2'], 's2.chainNarrative', ['字'.repeat(201)])).toEqual([
      '“集群产业链强链补链情况（200字以内）”限 200 字，当前 201 字，请精简 1 字。',
      '请用200字以内描述'
    ])
  })

  it('refuses a phone number with the formats', () => {
    expect(run(['cover'], 'cover.contactPhone', ['123'])).toEqual([
      '“联系电话”应为 11 位手机号或带区号的座机号，例如 13805310000、0531-86061234 或 0531-86061234转801。',
      '请输入手机号或带区号的座机号'
    ])
  })

  it('keeps an operator that looks like a builder and asks for an explanation', () => {
    expect(run(['s1'], 's1.operator', ['某某建设工程有限公司'])).toEqual([
      '已记录：某某建设工程有限公司',
      '“某某建设工程有限公司”看起来是基础建设单位。填报说明：基础建设单位不可作为集群运营管理机构，请确认或说明。\n如确认无误，请简要说明原因（会随答案保存，供审核参考）；如需修改，请回复“重新填写”。'
    ])
  })

  it('greets a new conversation with the commands it understands, as this member can use them', () => {
    expect(startChat(['s2'], {}).turns.map(textOf)[0]).toBe('您好！我会按申报表顺序逐项提问。随时可以回复“怎么填？”查看填报说明，“上一题”“跳过”或“修改 2022年集群总产值”。')
    expect(startChat(['s2', 's3'], {}).turns.map(textOf)[0]).toBe(
      '您好！我会按申报表顺序逐项提问。随时可以回复“怎么填？”查看填报说明，“上一题”“跳过”“跳到第三部分”或“修改 2022年集群总产值”。'
    )
    expect(startChat(['s4', 's5'], {}).turns.map(textOf)[0]).toBe('您好！我会按申报表顺序逐项提问。随时可以回复“怎么填？”查看填报说明，“上一题”“跳过”“跳到第五部分”或“修改 ＋栏目名称”。')
  })

  it('says when a filled section has been shown answer by answer', () => {
    const answers = COMPLETE_APPLICATION as Record<string, Answer>
    let st = openSection(startChat(['s7'], answers), answers, 's7')
    let last: string[] = []
    for (let i = 0; i < 10 && st.cursor !== null; i++) {
      const before = st.turns.length
      st = reply(st, answers, '跳过', { now: NOW }).state
      last = st.turns.slice(before + 1).map(textOf)
    }
    expect(last).toEqual([
      '保持原答案。',
      '“七、治理和服务水平”的答案已逐项显示完毕。',
      '您负责的部分已全部填写。可以在“总览”中检查问题，或回复“修改 ＋栏目名称”修改答案。'
    ])
  })

  it('never shows an empty label or two examples in one message', () => {
    expect(said.length).toBeGreaterThan(30)
    expect(said.filter((t) => t.includes('“”'))).toEqual([])
    expect(said.filter((t) => (t.match(/例如/g) ?? []).length > 1)).toEqual([])
  })
})

describe('opening the chat at a section the first time', () => {
  it('welcomes, then asks the section’s first open question — not the form’s first question as well', () => {
    const st = startChat(['cover', 's1', 's2'], {}, 's2')
    const questions = st.turns.filter((t) => t.from === 'bot' && t.kind === 'question')
    expect(questions.map((q) => (q.from === 'bot' && q.kind === 'question' ? q.itemId : ''))).toEqual([st.cursor])
    expect(st.cursor?.startsWith('s2.')).toBe(true)
    expect(textOf(st.turns[0])).toBe('您好！我会按申报表顺序逐项提问。随时可以回复“怎么填？”查看填报说明，“上一题”“跳过”“跳到第二部分”或“修改 2022年集群总产值”。')
  })
})
