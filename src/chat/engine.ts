/**
 * The conversation as a pure state machine: (state, answers, message) → (state, writes). It walks the
 * operator's sections in form order, one question at a time, and asks the rule module about every value.
 */
import { FORM, findItem, helpText, isAnswerable, type Item, type NumberKind, type SectionId } from '../form'
import { derivedOffer, judgeAnswer, normalizeValue, type Answer, type Answers, type RulesConfig } from '../rules'
import { parseCommand } from './commands'
import { formatAnswer } from './format'
import { interpret, listPrompt, matrixPrompt, planPartPrompt } from './interpret'
import { questionFor } from './question'
import type { ChatState, Pending, Step, Tone, Turn, Write } from './types'

export interface EngineOptions {
  now: Date
  /** The round's bars; the rule module's CURRENT_ROUND when not given. */
  config?: RulesConfig
}

const ITEMS_IN_ORDER = FORM.sections.flatMap((s) => s.items.filter(isAnswerable).map((item) => ({ item, section: s.id })))

function scopeItems(scope: readonly SectionId[]): Item[] {
  return ITEMS_IN_ORDER.filter((e) => scope.includes(e.section)).map((e) => e.item)
}

const answered = (answers: Answers, id: string) => answers[id] !== undefined && answers[id]?.value !== undefined

type Draft = Turn extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never

function push(state: ChatState, ...turns: Draft[]): ChatState {
  let id = state.nextTurnId
  const added = turns.map((t) => ({ ...t, id: id++ }) as Turn)
  return { ...state, turns: [...state.turns, ...added], nextTurnId: id }
}

const feedback = (tone: Tone, text: string, itemId?: string): Draft => ({ from: 'bot', kind: 'feedback', tone, text, ...(itemId ? { itemId } : {}) })

/** The first prompt of an item, and any derived value the rule module offers (“按您填写的数据…是否采用？”). */
function opening(item: Item, answers: Answers): { prompt: string; pending: Pending | null } {
  const offer = derivedOffer(item.id, answers)
  if (offer) return { prompt: `${offer.text}回复“采用”，或直接填写。`, pending: { kind: 'offer', value: offer.value } }
  switch (item.kind) {
    case 'itemList': {
      // A stored list (typed earlier or imported from a spreadsheet) is continued, never started over.
      const stored = (answers[item.id]?.value as { entries?: { id: string; fields: Record<string, string> }[] } | undefined)?.entries ?? []
      if (stored.length === 0) return { prompt: listPrompt(item, 0, 0), pending: null }
      return { prompt: `清单已有 ${stored.length} 条。回复“再加一条”继续添加，或回复“完成”。`, pending: { kind: 'list', entries: stored, current: {}, field: 0, askMore: true } }
    }
    case 'standardsMatrix':
      return { prompt: matrixPrompt(item, 0), pending: null }
    case 'platforms':
      return { prompt: `${item.tiers[0].label}：数量（个）？`, pending: null }
    case 'countGroup':
      return { prompt: `请填写${item.counts.map((c) => c.label).join('、')}（用空格分开，没有填 0）`, pending: null }
    case 'plan':
      return { prompt: planPartPrompt(item, 0), pending: null }
    default:
      return { prompt: questionFor(item).expects, pending: null }
  }
}

function ask(state: ChatState, answers: Answers, item: Item, extra?: { prompt: string; pending: Pending | null }): ChatState {
  const open = extra ?? opening(item, answers)
  const current = answers[item.id]
  const prompt = current !== undefined ? `${open.prompt}\n当前答案：${formatAnswer(item, current.value)}（回复“跳过”保持不变）` : open.prompt
  return push({ ...state, cursor: item.id, pending: open.pending }, { from: 'bot', kind: 'question', itemId: item.id, prompt })
}

/** The next unanswered item after the cursor (wrapping), skipped ones last; null when all are answered. */
function nextOpen(state: ChatState, answers: Answers, after: string | null): Item | null {
  const items = scopeItems(state.scope)
  const start = after === null ? 0 : items.findIndex((i) => i.id === after) + 1
  const ordered = [...items.slice(start), ...items.slice(0, start)]
  return (
    ordered.find((i) => !answered(answers, i.id) && !state.skipped.includes(i.id) && i.id !== after) ??
    ordered.find((i) => !answered(answers, i.id) && i.id !== after) ??
    null
  )
}

function advance(state: ChatState, answers: Answers): ChatState {
  const next = nextOpen(state, answers, state.cursor)
  if (next === null) {
    return push({ ...state, cursor: null, pending: null }, feedback('ok', '您负责的部分已全部填写。可以在“总览”中检查问题，或回复“修改 ＋栏目名称”修改答案。'))
  }
  return ask(state, answers, next)
}

export function startChat(scope: readonly SectionId[], answers: Answers): ChatState {
  const state: ChatState = { scope: [...scope], cursor: null, pending: null, skipped: [], turns: [], nextTurnId: 1 }
  const first = nextOpen(state, answers, null)
  const welcome = push(state, feedback('info', '您好！我会按申报表顺序逐项提问。随时可以回复“怎么填？”查看填报说明，“上一题”“跳过”“跳到第三部分”或“修改 2022年集群总产值”。'))
  return first ? ask(welcome, answers, first) : push(welcome, feedback('ok', '您负责的部分已全部填写。'))
}

const YEAR_EXAMPLES: Record<NumberKind, string> = {
  amount: '118.36 131.52 146.80',
  share: '72.50 75.10 78.30',
  rate: '12.40 11.80 13.20',
  count: '412 436 461',
  ratio: '0.42 0.39 0.36'
}

function example(item: Item): string {
  switch (item.kind) {
    case 'yearRow':
      return ` 例如：${YEAR_EXAMPLES[item.numberKind]}`
    case 'number':
      return ` 例如：${YEAR_EXAMPLES[item.numberKind].split(' ')[0]}`
    case 'phone':
      return ' 例如：13805361234 或 0536-7581234'
    default:
      return ''
  }
}

function store(state: ChatState, answers: Answers, item: Item, value: unknown, notes: string[], options: EngineOptions, explanation?: string): Step {
  const normalized = normalizeValue(item, value)
  if (!normalized.ok) {
    const s = push(state, ...normalized.findings.map((f) => feedback('error', `${f.message}${example(item)}`, item.id)))
    return { state: ask(s, answers, item), writes: [] }
  }
  const answer: Answer = { ...(answers[item.id] ?? {}), value: normalized.value }
  if (explanation !== undefined) answer.explanation = explanation
  else delete answer.explanation
  const verdict = judgeAnswer(item, answer, answers, options)
  if (verdict.errors.length > 0) {
    const s = push(state, ...verdict.errors.map((f) => feedback('error', `${f.message}${example(item)}`, item.id)))
    return { state: ask(s, answers, item), writes: [] }
  }
  if (verdict.warnings.length > 0 && explanation === undefined) {
    const text = verdict.warnings.map((w) => w.message).join('\n')
    const s = push(
      { ...state, pending: { kind: 'explain', value: normalized.value, warning: text } },
      feedback('warning', `${text}\n如确认无误，请简要说明原因；否则请直接重新填写。`, item.id)
    )
    return { state: s, writes: [] }
  }
  const lines = [
    ...notes.map((n) => feedback('info', n, item.id)),
    ...normalized.notes.map((n) => feedback('info', n.message, item.id)),
    feedback('ok', `已记录：${formatAnswer(item, normalized.value)}`, item.id),
    ...verdict.notices.map((n) => feedback(n.severity === 'info' ? 'info' : 'warning', n.formula ? `${n.message}（${n.formula}）` : n.message, item.id))
  ]
  if (item.kind === 'checklist' && item.evidence === 'perTick' && (normalized.value as { ticked: string[] }).ticked.length > 0) {
    lines.push(feedback('info', `${item.note ?? ''}：请为勾选的每一项准备盖章证明的照片。`, item.id))
  }
  const write: Write = { itemId: item.id, answer }
  const nextAnswers = { ...answers, [item.id]: answer }
  const s = push({ ...state, pending: null, skipped: state.skipped.filter((id) => id !== item.id) }, ...lines)
  return { state: advance(s, nextAnswers), writes: [write] }
}

function previousItem(state: ChatState): Item | undefined {
  const items = scopeItems(state.scope)
  const at = state.cursor === null ? items.length : items.findIndex((i) => i.id === state.cursor)
  return at > 0 ? items[at - 1] : undefined
}

/**
 * The member's sections changed (the owner reassigned them): keep the history, ask within the new scope.
 */
export function rescope(state: ChatState, answers: Answers, scope: readonly SectionId[]): ChatState {
  if (state.scope.length === scope.length && state.scope.every((s, i) => s === scope[i])) return state
  const next: ChatState = { ...state, scope: [...scope], skipped: [] }
  const stillInScope = state.cursor !== null && scopeItems(scope).some((i) => i.id === state.cursor)
  if (stillInScope) return next
  const first = nextOpen(next, answers, null)
  return first ? ask({ ...next, cursor: null, pending: null }, answers, first) : push({ ...next, cursor: null, pending: null }, feedback('info', '您负责的部分已全部填写。'))
}

/** A message from outside the conversation (a sync conflict, a refusal by the cloud) shown as a bot turn. */
export function notify(state: ChatState, tone: Tone, text: string, itemId?: string): ChatState {
  return push(state, feedback(tone, text, itemId))
}

/** Opens a section at its first open item (the chat page's ?section=, the overview's links). */
export function openSection(state: ChatState, answers: Answers, section: SectionId): ChatState {
  if (!state.scope.includes(section)) return push(state, feedback('error', '这一部分不在您负责的范围内。'))
  const items = scopeItems([section])
  const target = items.find((i) => !answered(answers, i.id)) ?? items[0]
  return target ? ask(state, answers, target) : push(state, feedback('info', '这一部分无需在线填写。'))
}

/** Opens an item for editing (a tap on an earlier answer, or “修改 …”). */
export function editItem(state: ChatState, answers: Answers, itemId: string, year?: string): ChatState {
  const item = findItem(itemId)
  if (!item || !isAnswerable(item)) return push(state, feedback('error', '找不到这一栏。'))
  if (year !== undefined && item.kind === 'yearRow') {
    const values = { ...((answers[itemId]?.value as Record<string, string>) ?? {}) }
    return ask(state, answers, item, { prompt: `请填写${year}年的数值（${item.unit}）`, pending: { kind: 'yearRow', values, years: [year] } })
  }
  return ask(state, answers, item)
}

export function reply(state: ChatState, answers: Answers, message: string, options: EngineOptions): Step {
  const text = message.slice(0, 20000)
  let s = push(state, { from: 'user', text, ...(state.cursor ? { itemId: state.cursor } : {}) })
  // Inside the indicator table “跳过” skips one indicator row, not the whole plan.
  const inIndicators = state.pending?.kind === 'plan' && state.cursor === 's8.plan' && state.pending.part >= 10
  const command = parseCommand(text)
  if (command && !(inIndicators && command.kind === 'skip')) {
    switch (command.kind) {
      case 'help': {
        const item = state.cursor ? findItem(state.cursor) : undefined
        const lines = item ? helpText(item) : FORM.instructions.map((i) => i.text)
        return { state: push(s, feedback('info', `填报说明：\n${lines.join('\n')}${item?.note ? `\n${item.note}` : ''}`, item?.id)), writes: [] }
      }
      case 'skip': {
        if (state.cursor === null) return { state: advance(s, answers), writes: [] }
        const keep = answered(answers, state.cursor)
        s = push({ ...s, pending: null, skipped: keep ? s.skipped : [...s.skipped, state.cursor] }, feedback('info', keep ? '保持原答案。' : '已跳过，稍后再问；提交前仍需填写。'))
        return { state: advance(s, answers), writes: [] }
      }
      case 'previous': {
        const prev = previousItem(state)
        return { state: prev ? ask(s, answers, prev) : push(s, feedback('info', '已经是第一题了。')), writes: [] }
      }
      case 'jump':
        return { state: openSection(s, answers, command.section), writes: [] }
      case 'edit':
        return { state: editItem(s, answers, command.itemId, command.year), writes: [] }
      case 'editUnknown':
        return { state: push(s, feedback('error', `没有找到“${command.text}”这一栏，请使用申报表上的栏目名称，例如“修改 2022年集群总产值”。`)), writes: [] }
    }
  }
  if (state.cursor === null) return { state: push(s, feedback('info', '您负责的部分已全部填写。需要修改请回复“修改 ＋栏目名称”。')), writes: [] }
  const item = findItem(state.cursor) as Item
  const pending = state.pending

  if (pending?.kind === 'offer') {
    if (/^(采用|是|好|同意|确认)$/.test(text.trim())) return store({ ...s, pending: null }, answers, item, pending.value, [], options)
    s = { ...s, pending: null }
  }
  if (pending?.kind === 'explain') {
    const again = interpret(item, text, null, answers)
    if (again.kind === 'value') {
      const n = normalizeValue(item, again.value)
      const isNewValue = n.ok && JSON.stringify(n.value) !== JSON.stringify(pending.value)
      if (isNewValue) return store({ ...s, pending: null }, answers, item, again.value, again.notes, options)
    }
    const explanation = text.trim().slice(0, 200)
    if (explanation === '' || /^(确认|是|对|没错)$/.test(explanation)) {
      return { state: push(s, feedback('warning', '请用一句话说明原因（会随答案保存，供审核参考）。', item.id)), writes: [] }
    }
    return store({ ...s, pending: null }, answers, item, pending.value, [], options, explanation)
  }

  const outcome = interpret(item, text, pending?.kind === 'offer' ? null : pending, answers)
  switch (outcome.kind) {
    case 'refused':
      return { state: push(s, feedback('error', outcome.reason, item.id)), writes: [] }
    case 'progress':
      return {
        state: push(
          { ...s, pending: outcome.pending },
          ...outcome.notes.map((n) => feedback('info', n, item.id)),
          { from: 'bot', kind: 'question', itemId: item.id, prompt: outcome.prompt }
        ),
        writes: []
      }
    case 'value':
      return store(s, answers, item, outcome.value, outcome.notes, options)
  }
}

/** The question being asked now (the last question turn for the cursor). */
export function currentQuestion(state: ChatState): Extract<Turn, { kind: 'question' }> | undefined {
  for (let i = state.turns.length - 1; i >= 0; i--) {
    const t = state.turns[i]
    if (t.from === 'bot' && t.kind === 'question') return t.itemId === state.cursor ? t : undefined
  }
  return undefined
}
