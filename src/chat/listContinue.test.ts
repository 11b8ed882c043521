import type { Answer } from '../rules'
import { controlsFor, editEntry, editItem, listStored, reply, startChat } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const imported = Array.from({ length: 409 }, (_, i) => ({ id: `imp_${i}`, fields: { enterprise: `企业${i}`, name: `分支${i}`, country: '越南', year: '2021' } }))

describe('a stored list in the chat', () => {
  it('is continued entry by entry, keeping the imported entries', () => {
    const answers: Record<string, Answer> = { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '410' }, 's6.branchList': { value: { entries: imported } } }
    let state = editItem(startChat(['s6'], answers), answers, 's6.branchList')
    const question = state.turns[state.turns.length - 1]
    expect(question.from === 'bot' && question.kind === 'question' ? question.prompt : '').toBe('已有 409 条。回复“再加一条”继续添加，或回复“完成”。要改动其中一条，可回复“修改第1条”或“删除第1条”（按序号）。\n当前答案：共 409 条（回复“跳过”保持不变）')
    let written: unknown
    for (const text of ['再加一条', '华驰液压件有限公司', '华驰越南公司', '越南', '2023', '完成']) {
      const step = reply(state, answers, text, { now: NOW })
      for (const w of step.writes) if (w.itemId === 's6.branchList') written = w.answer.value
      state = step.state
    }
    expect(written).toEqual({ entries: [...imported, { id: 'e410', fields: { enterprise: '华驰液压件有限公司', name: '华驰越南公司', country: '越南', year: '2023' } }] })
  })

  it('stores an entry added to a list that does not match its count yet, and tells the mismatch instead of refusing it', () => {
    const answers: Record<string, Answer> = { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '412' }, 's6.branchList': { value: { entries: imported } } }
    let state = editItem(startChat(['s6'], answers), answers, 's6.branchList')
    let written: { entries: unknown[] } | undefined
    let said: string[] = []
    for (const text of ['再加一条', '华驰液压件有限公司', '华驰越南公司', '越南', '2023', '完成']) {
      const step = reply(state, answers, text, { now: NOW })
      for (const w of step.writes) if (w.itemId === 's6.branchList') written = w.answer.value as { entries: unknown[] }
      said = step.state.turns.slice(state.turns.length).flatMap((t) => (t.from === 'bot' && 'text' in t ? [t.text] : []))
      state = step.state
    }
    expect(written?.entries).toHaveLength(410)
    expect(said).toContain('“集群或集群内企业在境外设立分支机构数量”填写为 412，但清单中有 410 条，请核对。')
  })
})

describe('a list stored by an import', () => {
  it('is told in the chat with what the rules say about it now', () => {
    const answers: Record<string, Answer> = { 's6.overseasBranches': { value: '412' }, 's6.branchList': { value: { entries: imported } } }
    const state = listStored(startChat(['s6'], answers), answers, 's6.branchList', '已导入 409 条，清单现有 409 条。', NOW)
    const told = state.turns.slice(-2).map((t) => (t.from === 'bot' && 'text' in t ? [t.kind, 'tone' in t ? t.tone : '', t.text] : []))
    expect(told).toEqual([
      ['feedback', 'ok', '已导入 409 条，清单现有 409 条。'],
      ['feedback', 'warning', '“集群或集群内企业在境外设立分支机构数量”填写为 412，但清单中有 409 条，请核对。']
    ])
  })
})

describe('changing one entry of a stored list in the chat', () => {
  const base: Record<string, Answer> = { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '409' }, 's6.branchList': { value: { entries: imported.map((e, i) => (i === 1 ? { ...e, evidence: ['a'.repeat(64)] } : e)) } } }

  function talk(texts: string[]) {
    let state = editItem(startChat(['s6'], base), base, 's6.branchList')
    let written: { entries: { id: string; fields: Record<string, string>; evidence?: string[] }[] } | undefined
    const said: string[] = []
    for (const text of texts) {
      const step = reply(state, base, text, { now: NOW })
      for (const w of step.writes) if (w.itemId === 's6.branchList') written = w.answer.value as typeof written
      for (const t of step.state.turns.slice(state.turns.length)) if (t.from === 'bot') said.push(t.kind === 'question' ? t.prompt : t.text)
      state = step.state
    }
    return { written, said }
  }

  it('修改第2条 asks its fields again with their values now, “不变” keeps one, and 完成 stores it with its id and photo', () => {
    const { written, said } = talk(['修改第2条', '不变', '华驰越南二公司', '不变', '2022', '完成'])
    expect(said.slice(0, 5)).toEqual([
      '修改第2条 · 请填写“设立企业”：现为“企业1”，回复“不变”保留',
      '修改第2条 · 请填写“分支机构名称”：现为“分支1”，回复“不变”保留',
      '修改第2条 · 请填写“所在国家（地区）”：现为“越南”，回复“不变”保留',
      '修改第2条 · 请填写“设立年份”：现为“2021”，回复“不变”保留',
      '已修改第2条。回复“再加一条”继续，或回复“完成”保存。'
    ])
    expect(written?.entries).toHaveLength(409)
    expect(written?.entries[1]).toEqual({ id: 'imp_1', fields: { enterprise: '企业1', name: '华驰越南二公司', country: '越南', year: '2022' }, evidence: ['a'.repeat(64)] })
  })

  it('删除第一条 takes it out, says which one, and 完成 stores the rest', () => {
    const { written, said } = talk(['删除第一条', '完成'])
    expect(said[0]).toBe('已删除第1条（企业0），现有 408 条。回复“再加一条”继续，或回复“完成”保存。')
    expect(written?.entries.map((e) => e.id).slice(0, 2)).toEqual(['imp_1', 'imp_2'])
    expect(written?.entries).toHaveLength(408)
  })

  it('says there is no such entry, and keeps the entry as it was when 完成 comes in the middle of changing it', () => {
    expect(talk(['修改第999条']).said[0]).toBe('清单中没有第999条（现有 409 条）。')
    const { written, said } = talk(['修改第3条', '别的企业', '完成'])
    expect(said).toContain('第3条的修改未填完，未采用；该条保持原样。')
    expect(written?.entries[2]).toEqual(imported[2])
  })

  it('offers “不变” as a chip while an entry is being changed', () => {
    const state = reply(editItem(startChat(['s6'], base), base, 's6.branchList'), base, '修改第2条', { now: NOW }).state
    expect(controlsFor(state).actions.slice(0, 2)).toEqual(['不变', '完成'])
  })

  it('opens an entry tapped in the table view as if “修改第N条” was said at the list', () => {
    const state = editEntry(startChat(['s6'], base), base, 's6.branchList', 2, NOW)
    const last = state.turns[state.turns.length - 1]
    expect(last.from === 'bot' && last.kind === 'question' ? last.prompt : '').toBe('修改第2条 · 请填写“设立企业”：现为“企业1”，回复“不变”保留')
  })
})

describe('a list question left open while colleagues change the list', () => {
  const photo = 'b'.repeat(64)
  const entries = imported.slice(0, 3).map((e, i) => (i === 1 ? { ...e, evidence: [photo] } : e))
  const open: Record<string, Answer> = { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '3' }, 's6.branchList': { value: { entries } } }

  it('does not bring back a photo removed elsewhere, nor undo a colleague’s change, when 完成 comes later', () => {
    let state = editItem(startChat(['s6'], open), open, 's6.branchList')
    // Meanwhile: the owner removes the photo of entry 2 and a colleague renames entry 3 (pulled onto this phone).
    const later: Record<string, Answer> = { ...open, 's6.branchList': { value: { entries: [entries[0], imported[1], { ...imported[2], fields: { ...imported[2].fields, name: '同事改过的名称' } }] } } }
    const step = reply(state, later, '完成', { now: NOW })
    state = step.state
    const written = step.writes.find((w) => w.itemId === 's6.branchList')?.answer.value as { entries: { id: string; fields: Record<string, string>; evidence?: string[] }[] }
    expect(written.entries[1].evidence).toBeUndefined()
    expect(written.entries[2].fields.name).toBe('同事改过的名称')
  })

  it('keeps its own change and deletion on top of the list as it is now, with the photos the entry has now', () => {
    let state = editItem(startChat(['s6'], open), open, 's6.branchList')
    for (const text of ['修改第2条', '不变', '本人改过的名称', '不变', '不变', '删除第1条']) state = reply(state, open, text, { now: NOW }).state
    // Meanwhile a colleague adds a fourth entry and a photo to entry 2 (pulled onto this phone).
    const later: Record<string, Answer> = { ...open, 's6.branchList': { value: { entries: [entries[0], { ...entries[1], evidence: [photo, 'c'.repeat(64)] }, entries[2], imported[3]] } } }
    const step = reply(state, later, '完成', { now: NOW })
    const written = step.writes.find((w) => w.itemId === 's6.branchList')?.answer.value as { entries: { id: string; fields: Record<string, string>; evidence?: string[] }[] }
    expect(written.entries.map((e) => e.id)).toEqual(['imp_1', 'imp_2', 'imp_3'])
    expect(written.entries[0]).toEqual({ id: 'imp_1', fields: { ...imported[1].fields, name: '本人改过的名称' }, evidence: [photo, 'c'.repeat(64)] })
  })
})

describe('an optional column of a list entry', () => {
  const patent = (n: number) => [`一种数控刀架${n}`, '发明专利', 'ZL202010100001.9', `山东示例${n}号科技有限公司`]
  const botTexts = (before: number, state: ReturnType<typeof startChat>) =>
    state.turns.slice(before).flatMap((t) => (t.from === 'bot' ? [t.kind === 'question' ? t.prompt : 'text' in t ? t.text : ''] : []))

  it('says it may stay empty, and “跳过” there leaves it empty and finishes the entry instead of leaving the list', () => {
    const answers: Record<string, Answer> = { 's3.inventionPatents': { value: '2' }, 's3.patentList': { value: { entries: [{ id: 'e1', fields: { name: '一种数控刀架1', type: '发明专利', number: 'ZL202010100000.4', holder: '山东示例1号科技有限公司', grantDate: '2021-03-05' } }] } } }
    let state = editItem(startChat(['s3'], answers), answers, 's3.patentList')
    for (const text of ['再加一条', ...patent(2)]) state = reply(state, answers, text, { now: NOW }).state
    const asked = state.turns[state.turns.length - 1]
    expect(asked.from === 'bot' && asked.kind === 'question' ? asked.prompt : 'text' in asked ? asked.text : '').toBe('第2条 · 请填写“授权日期”（选填，没有可回复“跳过”）')
    const before = state.turns.length
    state = reply(state, answers, '跳过', { now: NOW }).state
    expect(state.cursor).toBe('s3.patentList')
    expect(botTexts(before, state)).toEqual(['已添加第2条：一种数控刀架2，发明专利，ZL202010100001.9，山东示例2号科技有限公司。回复“再加一条”继续，或回复“完成”。'])
    const done = reply(state, answers, '完成', { now: NOW })
    const written = done.writes.find((w) => w.itemId === 's3.patentList')?.answer.value as { entries: { fields: Record<string, string> }[] }
    expect(written.entries.map((e) => e.fields.grantDate)).toEqual(['2021-03-05', ''])
  })

  it('offers 结束清单 instead of 完成 inside an entry (beside a column’s options 完成 read as “done with this column”), and 完成 between entries', () => {
    const answers: Record<string, Answer> = {}
    let state = editItem(startChat(['s3'], answers), answers, 's3.patentList')
    state = reply(state, answers, '一种数控刀架1', { now: NOW }).state
    expect(controlsFor(state).chips).toEqual(['发明专利', '国防专利', '植物新品种', '国家级农作物品种', '国家新药', '国家一级中药保护品种', '集成电路布图设计专有权', '结束清单', '怎么填？', '跳过', '上一题'])
    // 结束清单 is read as 完成: with no finished entry the required list is refused, the entry kept in progress.
    const ended = reply(state, answers, '结束清单', { now: NOW }).state
    expect(ended.turns.flatMap((t) => (t.from === 'bot' && t.kind === 'feedback' ? [t.text] : [])).pop()).toBe('“有效发明专利清单”需要提供清单：请逐条填写，确无相关情况时选择“无”。')
    for (const text of ['发明专利', 'ZL202010100000.4', '山东示例1号科技有限公司', '2021-03-05']) state = reply(state, answers, text, { now: NOW }).state
    expect(controlsFor(state).chips).toEqual(['再加一条', '完成'])
  })

  it('at a required column, 跳过 leaves the question and says the half-typed entry is a draft, not “保持原答案” alone', () => {
    const answers: Record<string, Answer> = { 's3.inventionPatents': { value: '2' }, 's3.patentList': { value: { entries: [{ id: 'e1', fields: { name: '一种数控刀架1', type: '发明专利', number: 'ZL202010100000.4', holder: '山东示例1号科技有限公司', grantDate: '2021-03-05' } }] } } }
    let state = editItem(startChat(['s3'], answers), answers, 's3.patentList')
    for (const text of ['再加一条', '一种数控刀架2']) state = reply(state, answers, text, { now: NOW }).state
    const before = state.turns.length
    const step = reply(state, answers, '跳过', { now: NOW })
    expect(step.writes).toEqual([])
    expect(botTexts(before, step.state)[0]).toBe('已跳过：已保存的答案不变；这次未填完的改动留作草稿，回到这一题时接着填。')
  })
})
