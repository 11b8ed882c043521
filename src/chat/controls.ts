/** What the input area offers for the current question: chips and keyboard. Pure, so it is tested here. */
import { findItem, type Item } from '../form'
import type { ChatState } from './types'

export type InputMode = 'text' | 'digit' | 'long'

export interface Controls {
  chips: string[]
  /** The chips that are the item's own options (long sentences on checklists): shown wrapped, several lines. */
  options: string[]
  /** Commands (完成, 跳过…): always visible, never scrolled away. */
  actions: string[]
  /** Options already ticked on a checklist, marked on their chips. */
  ticked: string[]
  mode: InputMode
  /** Character limit shown live for long text. */
  limit?: number
}

const ALWAYS = ['怎么填？', '跳过', '上一题']
/** Ends a list from inside an entry (interpret.ts reads it as 完成). */
export const END_LIST = '结束清单'

/** Splits the chips into the item's options and the commands, and marks the ticked options. */
export function controlsFor(state: ChatState): Controls {
  const c = chipsFor(state)
  const item = state.cursor ? findItem(state.cursor) : undefined
  const optionLabels = new Set<string>(
    item?.kind === 'choice' || item?.kind === 'checklist' ? item.options.map((o) => o.label) : item?.kind === 'itemList' ? item.fields.flatMap((f) => [...(f.options ?? [])]) : []
  )
  const ticked =
    item?.kind === 'checklist' && state.pending?.kind === 'checklist'
      ? state.pending.ticked.map((id) => item.options.find((o) => o.id === id)?.label ?? id)
      : []
  return { ...c, options: c.chips.filter((x) => optionLabels.has(x)), actions: c.chips.filter((x) => !optionLabels.has(x)), ticked }
}

function chipsFor(state: ChatState): Pick<Controls, 'chips' | 'mode' | 'limit'> {
  const item: Item | undefined = state.cursor ? findItem(state.cursor) : undefined
  if (!item) return { chips: ['怎么填？'], mode: 'text' }
  const p = state.pending
  // A text keyboard: “采用” can be typed as well as tapped (a number pad cannot type it).
  if (p?.kind === 'offer') return { chips: ['采用', ...ALWAYS], mode: 'text' }
  if (p?.kind === 'explain') return { chips: ['重新填写', '怎么填？'], mode: 'text' }
  if (p?.kind === 'list' && p.askMore) return { chips: ['再加一条', '完成'], mode: 'text' }
  switch (item.kind) {
    case 'choice':
      return { chips: [...item.options.map((o) => o.label), ...ALWAYS], mode: 'text' }
    case 'checklist':
      return { chips: [...item.options.map((o) => o.label), '完成', ...(p?.kind === 'checklist' && p.ticked.length > 0 ? [] : ['都没有']), ...ALWAYS], mode: 'text' }
    case 'number':
      return { chips: item.numberKind === 'count' ? ['0', ...ALWAYS] : ALWAYS, mode: 'digit' }
    case 'yearRow':
      return { chips: ALWAYS, mode: 'text' }
    case 'textBlock':
      return { chips: ['无', ...ALWAYS], mode: 'long', limit: item.maxChars }
    case 'plan':
      return { chips: p?.kind === 'plan' && p.part >= item.parts.length ? ['跳过', '怎么填？'] : ['怎么填？', '上一题'], mode: 'long', limit: item.maxChars }
    case 'itemList': {
      const field = item.fields[p?.kind === 'list' ? p.field : 0]
      const first = !(p?.kind === 'list') || (p.entries.length === 0 && p.field === 0)
      // Changing an entry: “不变” keeps the field's value.
      const keep = p?.kind === 'list' && p.editing !== undefined ? ['不变'] : []
      // Inside an entry a 完成 chip beside the column's options read as “done with this column”: there it says 结束清单
      // (the list is stored with its finished entries; the one part typed is not).
      const inEntry = p?.kind === 'list' && !p.askMore && (p.field > 0 || Object.keys(p.current).length > 0)
      return { chips: [...(field.options ?? []), ...keep, ...(first ? ['无'] : inEntry ? [END_LIST] : ['完成']), ...ALWAYS], mode: 'text' }
    }
    case 'standardsMatrix':
    case 'countGroup':
    case 'platforms':
      return { chips: ['无', ...ALWAYS], mode: 'text' }
    default:
      return { chips: ALWAYS, mode: 'text' }
  }
}
