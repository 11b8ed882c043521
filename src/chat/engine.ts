/**
 * The conversation as a pure state machine: (state, answers, message) → (state, writes). It walks the
 * operator's sections in form order, one question at a time, and asks the rule module about every value.
 */
import { FORM, findItem, helpText, isAnswerable, sectionNumeral, sectionOf, type Item, type NumberKind, type SectionId } from '../form'
import { carryPhotos, claimsOf, derivedOffer, valueWithoutPhotos, judgeAnswer, normalizeValue, type Answer, type Answers, type Finding, type RulesConfig } from '../rules'
import { parseCommand } from './commands'
import { formatAnswer } from './format'
import { entriesOf } from '../rules/listParts'
import { ENTRY_COMMAND, SKIP_FIELD, interpret, listPrompt, matrixPrompt, planPartPrompt } from './interpret'
import { hasProgress, keepGoodParts, nextPrompt } from './parts'
import { SKIPPED_WITH_DRAFT, listDonePrompt, platformCountPrompt } from './prompts'
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
      // A stored list is continued, not retyped: “再加一条” appends to the entries already there.
      const entries = entriesOf(answers[item.id])
      if (entries.length > 0) return { prompt: listDonePrompt(entries.length), pending: { kind: 'list', entries, current: {}, field: 0, askMore: true, touched: [], deleted: [] } }
      return { prompt: listPrompt(item, 0, 0), pending: null }
    }
    case 'standardsMatrix':
      return { prompt: matrixPrompt(item, 0), pending: null }
    case 'platforms':
      return { prompt: platformCountPrompt(item, 0), pending: null }
    case 'countGroup':
      return { prompt: `请填写${item.counts.map((c) => c.label).join('、')}（用空格分开，没有填 0）`, pending: null }
    case 'plan':
      return { prompt: planPartPrompt(item, 0), pending: null }
    default:
      return { prompt: questionFor(item).expects, pending: null }
  }
}

/** Leaving an item: finished parts of a multi-part answer are parked as the item's draft, never dropped. */
function leave(state: ChatState): ChatState {
  const { cursor, pending } = state
  if (cursor === null || pending === null || !hasProgress(pending)) return { ...state, pending: null }
  return { ...state, pending: null, drafts: { ...(state.drafts ?? {}), [cursor]: pending } }
}

function ask(state: ChatState, answers: Answers, item: Item, extra?: { prompt: string; pending: Pending | null }): ChatState {
  // Progress on the item being left — or on this very item, asked again — is parked, then resumed below.
  const base = leave(state)
  const draft = base.drafts?.[item.id]
  let open = extra ?? opening(item, answers)
  let drafts = base.drafts
  if (draft && !extra) {
    open = { prompt: `继续填写，之前填好的部分已保留。${nextPrompt(item, draft, answers)}`, pending: draft }
    drafts = { ...base.drafts }
    delete drafts[item.id]
  }
  const current = answers[item.id]
  // A checklist asked again starts from its stored ticks: tapping changes them, “完成” keeps the rest.
  const stored = item.kind === 'checklist' ? (current?.value as { ticked?: unknown } | undefined)?.ticked : undefined
  if (!extra && !draft && Array.isArray(stored) && stored.length > 0) {
    const ticked = stored.filter((t): t is string => typeof t === 'string')
    open = { prompt: `${open.prompt}
已选的项已标出：点选可取消或增加，选好后回复“完成”。`, pending: { kind: 'checklist', ticked, from: ticked } }
  }
  const shown = current !== undefined ? formatAnswer(item, current.value) : undefined
  const prompt = shown !== undefined ? `${open.prompt}\n当前答案：${shown}（回复“跳过”保持不变）` : open.prompt
  // Moving into another section is said on the question itself (“进入：三、创新能力情况”), not as a message of its own.
  const section = sectionOf(item.id)
  const enters = state.cursor !== null && sectionOf(state.cursor)?.id !== section?.id ? section?.title : undefined
  return push(
    { ...base, ...(drafts ? { drafts } : {}), cursor: item.id, pending: open.pending },
    { from: 'bot', kind: 'question', itemId: item.id, prompt, ...(shown !== undefined ? { shown } : {}), ...(enters ? { enters } : {}) }
  )
}

/** The next unanswered item after the cursor (wrapping), skipped ones last; null when all are answered. */
function nextOpen(state: ChatState, answers: Answers, after: string | null): Item | null {
  const items = scopeItems(state.visiting && !state.scope.includes(state.visiting) ? [...state.scope, state.visiting] : state.scope)
  const start = after === null ? 0 : items.findIndex((i) => i.id === after) + 1
  const ordered = [...items.slice(start), ...items.slice(0, start)]
  return (
    ordered.find((i) => !answered(answers, i.id) && !state.skipped.includes(i.id) && i.id !== after) ??
    ordered.find((i) => !answered(answers, i.id) && i.id !== after) ??
    null
  )
}

/** A jump outside the member's sections: which are theirs (“二、三”), and how to go to one. */
export function notYourSection(scope: readonly SectionId[]): string {
  const names = scope.map(sectionNumeral)
  // With one section of one's own there is nowhere else to jump: the chat is there already.
  const example = scope.length > 1 ? names.find((n) => n !== '封面') : undefined
  return `这一部分不在您负责的范围内。您负责：${names.join('、')}${example ? `，可回复“跳到第${example}部分”` : ''}。`
}

/** A member who only reads (县级审核) has nothing to fill in the chat. */
export const READ_ONLY_TEXT = '您的角色只查看、不填写：答案和问题请在“总览”中查看（点部分标题可按表格查看），照片在“佐证材料”中查看。'

/**
 * What the chat says when it has nothing more to ask. It says “已全部填写” only when every required item in
 * scope has an answer; otherwise it names what is still empty (skipped items, for instance).
 */
export function finishedText(scope: readonly SectionId[], answers: Answers): { tone: Tone; text: string } {
  if (scope.length === 0) return { tone: 'info', text: READ_ONLY_TEXT }
  const open = scopeItems(scope).filter((i) => i.required && !answered(answers, i.id))
  if (open.length === 0) return { tone: 'ok', text: '您负责的部分已全部填写。可以在“总览”中检查问题，或回复“修改 ＋栏目名称”修改答案。' }
  const names = open.slice(0, 3).map((i) => `“${i.label}”`).join('、')
  return { tone: 'warning', text: `您负责的部分还有 ${open.length} 项必填未填写：${names}${open.length > 3 ? '等' : ''}。回复“修改 ＋栏目名称”填写，提交前须全部填写。` }
}

function finish(state: ChatState, answers: Answers): ChatState {
  const done = finishedText(state.scope, answers)
  const left = leave(state)
  return push({ ...left, cursor: null, pending: null, walk: undefined }, feedback(done.tone, done.text))
}

/** The next item of a section being shown answer by answer (see openSection), if any. */
function nextInWalk(state: ChatState): Item | undefined {
  if (!state.walk || state.cursor === null) return undefined
  const items = scopeItems([state.walk])
  const at = items.findIndex((i) => i.id === state.cursor)
  return at >= 0 ? items[at + 1] : undefined
}

function advance(state: ChatState, answers: Answers): ChatState {
  // After a one-off edit, back to the question it interrupted (if still open), not on through the edited item's section.
  const back = state.returnTo
  if (back !== undefined) {
    state = { ...state, returnTo: undefined }
    const item = findItem(back)
    if (item && back !== state.cursor && !answered(answers, back) && scopeItems(state.scope).some((i) => i.id === back)) return ask(state, answers, item)
  }
  if (state.walk) {
    const following = nextInWalk(state)
    if (following) return ask(state, answers, following)
    const title = FORM.sections.find((x) => x.id === state.walk)?.title ?? ''
    state = push({ ...state, walk: undefined }, feedback('info', `“${title}”的答案已逐项显示完毕。`))
  }
  const next = nextOpen(state, answers, state.cursor)
  if (next === null) return finish(state, answers)
  return ask(state, answers, next)
}

/** The greeting, with commands this member can use: a jump only to another of their sections, an edit of one of their items. */
export function welcomeText(scope: readonly SectionId[]): string {
  const others = scope.filter((id) => id !== 'cover').slice(1)
  const jump = others.length > 0 ? `“跳到第${sectionNumeral(others.includes('s3') ? 's3' : others[0])}部分”` : ''
  const edit = scope.includes('s2') ? '“修改 2022年集群总产值”' : '“修改 ＋栏目名称”'
  return `您好！我会按申报表顺序逐项提问。随时可以回复“怎么填？”查看填报说明，“上一题”“跳过”${jump}或${edit}。`
}

/** The owner when every section has been given to an operator: nothing to walk, everything to open. */
export const ALL_ASSIGNED_TEXT = '各部分都已分配给填报员填写。您可以回复“跳到第二部分”等查看或修改，进度在“总览”中查看。'

/** A new conversation: the welcome, then the first open question — of `section` when the chat is opened at one. */
export function startChat(scope: readonly SectionId[], answers: Answers, section?: SectionId, reach: readonly SectionId[] = []): ChatState {
  const state: ChatState = { scope: [...scope], cursor: null, pending: null, skipped: [], turns: [], nextTurnId: 1, ...(reach.length ? { reach: [...reach] } : {}) }
  // The owner opening a colleague's section (a tap on 总览): there, with the greeting.
  if (section !== undefined && !scope.includes(section) && reach.includes(section)) return openSection(push(state, feedback('info', welcomeText(scope.length ? scope : reach))), answers, section)
  // A member who only reads is told where to look, not welcomed to questions they will not get.
  if (scope.length === 0) return push(state, feedback('info', reach.length ? ALL_ASSIGNED_TEXT : READ_ONLY_TEXT))
  const first = nextOpen(state, answers, null)
  if (section !== undefined && scope.includes(section)) return openSection(push(state, feedback('info', welcomeText(scope))), answers, section)
  const welcome = push(state, feedback('info', welcomeText(scope)))
  return first ? ask(welcome, answers, first) : finish(welcome, answers)
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

/**
 * “怎么填？” at a question: how to answer this item (its format, an example), the form's 填报说明 that apply to it,
 * its note, the way out when the figure is not at hand, and the question again.
 */
export function itemHelp(item: Item, asking: string | undefined): string {
  const { expects } = questionFor(item)
  const ex = example(item).trim()
  const how = `· 填写方法：${expects}${ex ? `，${ex}` : ''}。`
  const lines = [`“${item.label}”怎么填：`, how, ...helpText(item).map((t) => `· ${t}`), ...(item.note ? [`· ${item.note}`] : [])]
  const skip = item.required ? '暂时没有数据可以回复“跳过”，稍后再填（提交前须填写）。' : '这一项可不填，回复“跳过”即可。'
  // Part way through (a year, an entry's column): where the answer stands, unless that is the 填写方法 line itself.
  return [...lines, skip, ...(asking && asking !== expects ? [`现在请回答：${asking}`] : [])].join('\n')
}

/** A rule message plus one example line — never a second one when the message already gives an example. */
const withExample = (item: Item, message: string) => (message.includes('例如') ? message : `${message}${example(item)}`)

/**
 * A value was refused: say why (with an example of the format, except for a relation between items such as
 * “不能超过集群企业数量”, where the format was right), then ask again — only the refused parts of a multi-part answer (the good ones
 * are kept), or the progress the operator had before the last message, or else the whole item.
 */
function refuse(state: ChatState, answers: Answers, item: Item, value: unknown, findings: readonly Finding[], before: Pending | null): Step {
  const s = push(state, ...findings.map((f) => feedback('error', f.itemIds.length > 1 ? f.message : withExample(item, f.message), item.id)))
  const pending = keepGoodParts(item, value, findings) ?? (before && hasProgress(before) ? before : null)
  if (pending === null) return { state: ask(s, answers, item), writes: [] }
  return { state: push({ ...s, pending }, { from: 'bot', kind: 'question', itemId: item.id, prompt: nextPrompt(item, pending, answers) }), writes: [] }
}

/** Said when an answer makes claims that need proof: the photo panel under the chat takes them. */
export function evidenceAsk(what: 'ticks' | 'entries' | 'answer', missing: number): string {
  const lead = what === 'ticks' ? '勾选的每一项都需要佐证材料（证明、证书或自我声明）' : what === 'entries' ? `这 ${missing} 条都需要佐证材料（证书或证明）` : '这一项需要佐证材料（证明或证书）'
  return `${lead}：请在下方点“拍照”或“从相册选”添加盖章证明的照片，也可以点“稍后补充”，之后在“佐证材料”页补上。`
}

/**
 * A finding told beside a kept answer, in the tone 总览 shows it: error (blocks 提交), warning, info. A list short of
 * its count is a list being filled: amber until 提交.
 */
const noticeTone = (f: Finding): Tone => (f.severity === 'error' && f.code !== 'LIST_COUNT_MISMATCH' ? 'error' : f.severity === 'info' ? 'info' : 'warning')

const EXPLAIN_PROMPT = '如确认无误，请简要说明原因（会随答案保存，供审核参考）；如需修改，请回复“重新填写”。'

function store(state: ChatState, answers: Answers, item: Item, value: unknown, notes: string[], options: EngineOptions, before: Pending | null = null): Step {
  const normalized = normalizeValue(item, value)
  if (!normalized.ok) return refuse(state, answers, item, value, normalized.findings, before)
  // The photos of claims the new answer still makes stay with it (src/rules/claims.ts).
  const answer: Answer = carryPhotos(item, answers[item.id], { ...(answers[item.id] ?? {}), value: normalized.value })
  delete answer.explanation
  const verdict = judgeAnswer(item, answer, answers, options)
  if (verdict.errors.length > 0) return refuse(state, answers, item, normalized.value, verdict.errors, before)
  const lines = [
    ...notes.map((n) => feedback('info', n, item.id)),
    ...normalized.notes.map((n) => feedback('info', n.message, item.id)),
    feedback('ok', `已记录：${formatAnswer(item, normalized.value)}`, item.id),
    // Kept, and told in the colour 总览 and 提交 give it: a finding that will block 提交 is red, not amber.
    ...verdict.notices.map((n) => feedback(noticeTone(n), n.formula ? `${n.message}（${n.formula}）` : n.message, item.id))
  ]
  const unproven = claimsOf(item, answer).filter((c) => c.refs.length === 0).length
  if (unproven > 0) lines.push(feedback('info', evidenceAsk(item.kind === 'checklist' ? 'ticks' : item.kind === 'itemList' || item.kind === 'platforms' ? 'entries' : 'answer', unproven), item.id))
  const write: Write = { itemId: item.id, answer }
  const nextAnswers = { ...answers, [item.id]: answer }
  const drafts = { ...(state.drafts ?? {}) }
  delete drafts[item.id]
  const s = push({ ...state, drafts, pending: null, skipped: state.skipped.filter((id) => id !== item.id) }, ...lines)
  // A warning: the value is kept at once (nothing typed is lost) and the explanation is asked for; the
  // explanation is stored beside the value and is never read as a new answer.
  if (verdict.warnings.length > 0) {
    const text = verdict.warnings.map((w) => w.message).join('\n')
    const paths = verdict.warnings.flatMap((w) => (w.path === undefined ? [] : [w.path]))
    const pending: Pending = { kind: 'explain', value: normalized.value, warning: text, ...(paths.length ? { paths } : {}) }
    const explain = push({ ...s, pending }, feedback('warning', `${text}\n${EXPLAIN_PROMPT}`, item.id))
    return { state: explain, writes: [write] }
  }
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
export function rescope(state: ChatState, answers: Answers, scope: readonly SectionId[], reach: readonly SectionId[] = state.reach ?? []): ChatState {
  const same = (a: readonly SectionId[], b: readonly SectionId[]) => a.length === b.length && a.every((s, i) => s === b[i])
  if (same(state.scope, scope) && same(state.reach ?? [], reach)) return state
  const next: ChatState = { ...state, scope: [...scope], reach: [...reach], skipped: [], walk: undefined }
  // The question on screen stays while the member may still answer it (their own sections, or those they may open).
  const stillInScope = state.cursor !== null && scopeItems([...scope, ...reach]).some((i) => i.id === state.cursor)
  if (stillInScope) return next
  const first = nextOpen(next, answers, null)
  return first ? ask(next, answers, first) : finish(next, answers)
}

/** A message from outside the conversation (a sync conflict, a refusal by the cloud) shown as a bot turn. */
export function notify(state: ChatState, tone: Tone, text: string, itemId?: string): ChatState {
  return push(state, feedback(tone, text, itemId))
}

/**
 * A list stored outside the conversation (an import): told that it is stored, and what the rules say about it
 * now (“填写为 412，但清单中有 409 条”) — the same findings an answer typed in the chat would be told.
 */
export function listStored(state: ChatState, answers: Answers, itemId: string, text: string, now: Date): ChatState {
  let next = push(state, feedback('ok', text, itemId))
  const item = findItem(itemId)
  const answer = answers[itemId]
  if (!item || !answer) return next
  const verdict = judgeAnswer(item, answer, answers, { now })
  for (const f of [...verdict.errors, ...verdict.warnings, ...verdict.notices]) next = push(next, feedback(noticeTone(f), f.message, itemId))
  return next
}

/** Opens a section at its first open item (the chat page's ?section=, the overview's links). */
export function openSection(state: ChatState, answers: Answers, section: SectionId): ChatState {
  const reach = state.reach ?? []
  if (state.scope.length === 0 && reach.length === 0) return push(state, feedback('info', READ_ONLY_TEXT))
  if (!state.scope.includes(section) && !reach.includes(section)) return push(state, feedback('error', notYourSection(state.scope)))
  const items = scopeItems([section])
  const open = items.find((i) => !answered(answers, i.id))
  // A jump is the member's own way: no edit to return from. Into a section beyond their own, it is walked until done.
  const base = { ...state, returnTo: undefined, visiting: state.scope.includes(section) ? undefined : section }
  if (open) return ask({ ...base, walk: undefined }, answers, open)
  // Everything in the section is answered (perhaps by a colleague): show each answer as “当前答案”, in order.
  return items[0] ? ask({ ...base, walk: section }, answers, items[0]) : push(state, feedback('info', '这一部分无需在线填写。'))
}

/** Opens one entry of a list for changing (a tap on its row in the table view): as if “修改第N条” was said there. */
export function editEntry(state: ChatState, answers: Answers, itemId: string, n: number, now: Date): ChatState {
  const opened = editItem(state, answers, itemId)
  return opened.cursor === itemId ? reply(opened, answers, `修改第${n}条`, { now }).state : opened
}

/** Opens an item for editing (a tap on an earlier answer, or “修改 …”). */
export function editItem(state: ChatState, answers: Answers, itemId: string, year?: string): ChatState {
  const item = findItem(itemId)
  if (!item || !isAnswerable(item)) return push(state, feedback('error', '找不到这一栏。'))
  if (year !== undefined && item.kind === 'yearRow') {
    const values = { ...((answers[itemId]?.value as Record<string, string>) ?? {}) }
    return ask({ ...state, walk: undefined, returnTo: undefined }, answers, item, { prompt: `请填写${year}年的数值（${item.unit}）`, pending: { kind: 'yearRow', values, years: [year] } })
  }
  return ask({ ...state, walk: undefined, returnTo: undefined }, answers, item)
}

/**
 * “修改 …” typed in the chat: the item opens, and once it is done the chat goes back to the question it interrupted
 * (or the one an earlier edit interrupted). Opened from another page (a table row, a finding, a reminder), the chat
 * goes on from the item instead: the member came to work there.
 */
function editFromChat(state: ChatState, answers: Answers, itemId: string, year?: string): ChatState {
  const back = state.cursor !== null && state.cursor !== itemId ? state.cursor : state.returnTo
  const opened = editItem(state, answers, itemId, year)
  return opened.cursor === itemId ? { ...opened, returnTo: back } : opened
}

/** An item the county reviewer returned for fixing, with the reviewer's comment (form 九's review flow). */
export interface ReturnedItem {
  itemId: string
  comment: string
}

export const returnedText = (label: string, comment: string) => `县级审核退回“${label}”：${comment}。修改后请负责人重新提交。`

/**
 * Items the county returned: each told once in the chat (with the comment), and the first new one in this
 * member's sections is asked again, unless something is half-typed.
 */
export function askReturned(state: ChatState, answers: Answers, returned: readonly ReturnedItem[]): ChatState {
  const mine = new Set(scopeItems(state.scope).map((i) => i.id))
  const key = (r: ReturnedItem) => `${r.itemId}\u0000${r.comment}`
  const seen = new Set(state.returnedShown ?? [])
  const fresh = returned.filter((r) => mine.has(r.itemId) && !seen.has(key(r)))
  if (fresh.length === 0) return state
  let s: ChatState = { ...state, returnedShown: [...seen, ...fresh.map(key)] }
  for (const r of fresh) s = push(s, feedback('warning', returnedText(findItem(r.itemId)?.label ?? r.itemId, r.comment), r.itemId))
  if (hasProgress(s.pending) || s.pending?.kind === 'explain') return s
  return editItem(s, answers, fresh[0].itemId)
}

export function reply(state: ChatState, answers: Answers, message: string, options: EngineOptions): Step {
  const text = message.slice(0, 20000)
  let s = push(state, { from: 'user', text, ...(state.cursor ? { itemId: state.cursor } : {}) })
  // Inside the indicator table “跳过” skips one indicator row, not the whole plan.
  const inIndicators = state.pending?.kind === 'plan' && state.cursor === 's8.plan' && state.pending.part >= 10
  // After a warning, “重新填写” means: change this value (not “修改 ＋栏目名称”). At a list, “修改第5条” is
  // about one of its entries (interpret.ts), not a cell named “第5条”.
  const listItem = state.cursor !== null ? findItem(state.cursor) : undefined
  const atList = listItem?.kind === 'itemList' && ENTRY_COMMAND.test(text.trim())
  // In an entry, at a column that may stay empty, “跳过” leaves that column empty (interpret.ts), not the list.
  const optionalColumn =
    listItem?.kind === 'itemList' && state.pending?.kind === 'list' && !state.pending.askMore && listItem.fields[state.pending.field]?.required === false && SKIP_FIELD.test(text.trim())
  const command = (state.pending?.kind === 'explain' && REDO.test(text.trim())) || atList || optionalColumn ? undefined : parseCommand(text)
  if (command && !(inIndicators && command.kind === 'skip')) {
    switch (command.kind) {
      case 'help': {
        const item = state.cursor ? findItem(state.cursor) : undefined
        return { state: push(s, feedback('info', item ? itemHelp(item, currentQuestion(state)?.prompt) : `填报说明：\n${FORM.instructions.map((i) => i.text).join('\n')}`, item?.id)), writes: [] }
      }
      case 'skip': {
        if (state.cursor === null) return { state: advance(s, answers), writes: [] }
        const keep = answered(answers, state.cursor)
        const item = findItem(state.cursor)
        // A list left part way: how to come back to it (it is asked again only after the other questions).
        const back = item?.kind === 'itemList' ? `回复“修改 ${item.label}”可回来继续。` : ''
        const kept = hasProgress(state.pending) ? `已跳过，已填好的部分已保留，稍后继续；提交前仍需填写。${back}` : '已跳过，稍后再问；提交前仍需填写。'
        // A half-typed change is a draft whether or not an answer is stored: said so, never “保持原答案” alone.
        const said = keep ? (hasProgress(state.pending) ? SKIPPED_WITH_DRAFT : '保持原答案。') : kept
        s = push({ ...s, skipped: keep ? s.skipped : [...s.skipped, state.cursor] }, feedback('info', said))
        return { state: advance(s, answers), writes: [] }
      }
      case 'previous': {
        const prev = previousItem(state)
        return { state: prev ? ask(s, answers, prev) : push(s, feedback('info', '已经是第一题了。')), writes: [] }
      }
      case 'jump':
        return { state: openSection(s, answers, command.section), writes: [] }
      case 'edit':
        return { state: editFromChat(s, answers, command.itemId, command.year), writes: [] }
      case 'redo': {
        const target = redoTarget(state)
        if (target !== null) return { state: editItem(s, answers, target), writes: [] }
        return { state: push(s, feedback('info', REDO_WHAT)), writes: [] }
      }
      case 'editUnknown':
        return { state: push(s, feedback('error', `没有找到“${command.text}”这一栏，请使用申报表上的栏目名称，例如“修改 2022年集群总产值”。`)), writes: [] }
    }
  }
  if (state.cursor === null) {
    const done = finishedText(state.scope, answers)
    return { state: push(s, feedback(done.tone, done.text)), writes: [] }
  }
  const item = findItem(state.cursor) as Item
  const pending = state.pending

  if (pending?.kind === 'offer') {
    if (/^(采用|是|好|同意|确认)$/.test(text.trim())) return store({ ...s, pending: null }, answers, item, pending.value, [], options)
    s = { ...s, pending: null }
  }
  if (pending?.kind === 'explain') return explain(s, answers, item, pending, text)
  const before = pending?.kind === 'offer' ? null : pending
  const outcome = interpret(item, text, before, answers, options.now)
  switch (outcome.kind) {
    case 'refused':
      return { state: push(s, feedback('error', outcome.reason, item.id)), writes: [] }
    case 'progress':
      return {
        state: push(
          { ...s, pending: outcome.pending },
          ...(outcome.errors ?? []).map((e) => feedback('error', e, item.id)),
          ...outcome.notes.map((n) => feedback('info', n, item.id)),
          { from: 'bot', kind: 'question', itemId: item.id, prompt: outcome.prompt }
        ),
        writes: []
      }
    case 'value':
      return store(s, answers, item, outcome.value, outcome.notes, options, before)
  }
}

const REDO = /^(重新填写|重填|修改|修改答案|重新填)$/
/**
 * What a bare “重新填写” is about: the answer just warned about (a warning or error told after it was kept, the
 * chat having moved on to the next question), else the question on screen.
 */
function redoTarget(state: ChatState): string | null {
  for (let i = state.turns.length - 1; i >= 0; i--) {
    const t = state.turns[i]
    if (t.from === 'user') break
    if (t.from === 'bot' && t.kind === 'feedback' && (t.tone === 'warning' || t.tone === 'error') && t.itemId !== undefined && t.itemId !== state.cursor) return t.itemId
  }
  return state.cursor
}

export const REDO_WHAT = '请说明要修改哪一栏，例如“修改 2022年集群总产值”。'
const BARE_YES = /^(确认|是|对|没错|好|好的)$/

/** The reply to a warning: an explanation stored beside the kept value, or “重新填写” to change the value. */
function explain(s: ChatState, answers: Answers, item: Item, pending: Extract<Pending, { kind: 'explain' }>, text: string): Step {
  const said = text.trim()
  if (REDO.test(said)) {
    // Only the warned parts (a year of a row) are asked again; the others are kept.
    const again = keepGoodParts(item, pending.value, (pending.paths ?? []).map((path) => ({ path })))
    if (again === null) return { state: ask({ ...s, pending: null }, answers, item), writes: [] }
    return { state: push({ ...s, pending: again }, { from: 'bot', kind: 'question', itemId: item.id, prompt: nextPrompt(item, again, answers) }), writes: [] }
  }
  const explanation = said.slice(0, 200)
  if (explanation === '' || BARE_YES.test(explanation)) {
    return { state: push(s, feedback('warning', '请用一句话说明原因（会随答案保存，供审核参考）。', item.id)), writes: [] }
  }
  const answer: Answer = { ...(answers[item.id] ?? {}), value: answers[item.id]?.value ?? pending.value, explanation }
  const next = push({ ...s, pending: null }, feedback('ok', `已保存说明：${explanation}`, item.id))
  return { state: advance(next, { ...answers, [item.id]: answer }), writes: [{ itemId: item.id, answer }] }
}

/**
 * Answers changed outside the conversation (a colleague's, pulled from the cloud): when the question on
 * screen is about a changed item and nothing is half-typed, it is asked again with the current answer.
 */
/**
 * On opening the chat: when the question on screen shows another answer than the item has now (a colleague
 * answered or changed it while this phone was away) and nothing is half-typed, it is asked again with the
 * current answer.
 */
export function reconcile(state: ChatState, answers: Answers): ChatState {
  const id = state.cursor
  if (id === null || hasProgress(state.pending) || state.pending?.kind === 'explain') return state
  const item = findItem(id)
  const q = currentQuestion(state)
  if (!item || !q) return state
  const now = answers[id] !== undefined ? formatAnswer(item, answers[id]?.value) : undefined
  if (now === q.shown) return state
  return ask(push(state, feedback('info', '其他成员已更新这一栏。', id)), answers, item)
}

export function refresh(state: ChatState, before: Answers, after: Answers): ChatState {
  const id = state.cursor
  if (id === null || hasProgress(state.pending) || state.pending?.kind === 'explain') return state
  // Photos added or removed (here or by a colleague) leave the question on screen as it is.
  if (JSON.stringify(valueWithoutPhotos(before[id]?.value)) === JSON.stringify(valueWithoutPhotos(after[id]?.value))) return state
  const item = findItem(id)
  if (!item) return state
  return ask(push(state, feedback('info', '其他成员已更新这一栏。', id)), after, item)
}

/** The question being asked now (the last question turn for the cursor). */
export function currentQuestion(state: ChatState): Extract<Turn, { kind: 'question' }> | undefined {
  for (let i = state.turns.length - 1; i >= 0; i--) {
    const t = state.turns[i]
    if (t.from === 'bot' && t.kind === 'question') return t.itemId === state.cursor ? t : undefined
  }
  return undefined
}
