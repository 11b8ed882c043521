import type { Answer } from '../rules'
import { editItem, listStored, reply, startChat } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const imported = Array.from({ length: 409 }, (_, i) => ({ id: `imp_${i}`, fields: { enterprise: `企业${i}`, name: `分支${i}`, country: '越南', year: '2021' } }))

describe('a stored list in the chat', () => {
  it('is continued entry by entry, keeping the imported entries', () => {
    const answers: Record<string, Answer> = { 's6.intlNarrative': { value: '无' }, 's6.intlWork': { value: { ticked: [] } }, 's6.overseasBranches': { value: '410' }, 's6.branchList': { value: { entries: imported } } }
    let state = editItem(startChat(['s6'], answers), answers, 's6.branchList')
    const question = state.turns[state.turns.length - 1]
    expect(question.from === 'bot' && question.kind === 'question' ? question.prompt : '').toBe('已有 409 条。回复“再加一条”继续添加，或回复“完成”。\n当前答案：共 409 条（回复“跳过”保持不变）')
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
