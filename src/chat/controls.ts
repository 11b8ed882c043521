/** What the input area offers for the current question: chips and keyboard. Pure, so it is tested here. */
import { findItem, type Item } from '../form'
import type { ChatState } from './types'

export type InputMode = 'text' | 'digit' | 'long'

export interface Controls {
  chips: string[]
  mode: InputMode
  /** Character limit shown live for long text. */
  limit?: number
}

const ALWAYS = ['怎么填？', '跳过', '上一题']

export function controlsFor(state: ChatState): Controls {
  const item: Item | undefined = state.cursor ? findItem(state.cursor) : undefined
  if (!item) return { chips: ['怎么填？'], mode: 'text' }
  const p = state.pending
  if (p?.kind === 'offer') return { chips: ['采用', ...ALWAYS], mode: 'digit' }
  if (p?.kind === 'explain') return { chips: ['怎么填？'], mode: 'text' }
  if (p?.kind === 'list' && p.askMore) return { chips: ['再加一条', '完成'], mode: 'text' }
  switch (item.kind) {
    case 'choice':
      return { chips: [...item.options.map((o) => o.label), ...ALWAYS], mode: 'text' }
    case 'checklist':
      return { chips: [...item.options.map((o) => o.label), '完成', '都没有', ...ALWAYS], mode: 'text' }
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
      return { chips: [...(field.options ?? []), ...(first ? ['无'] : []), ...ALWAYS], mode: 'text' }
    }
    case 'standardsMatrix':
    case 'countGroup':
    case 'platforms':
      return { chips: ['无', ...ALWAYS], mode: 'text' }
    default:
      return { chips: ALWAYS, mode: 'text' }
  }
}
