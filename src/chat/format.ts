/** An answer as the person sees it in the chat, the overview and the table view. */
import { assertNever, type Item } from '../form'
import type { ChecklistValue, ItemListValue } from '../rules/values'

type Rec = Record<string, any>

export function formatAnswer(item: Item, value: unknown): string {
  if (value === undefined || value === null) return '（未填写）'
  const v = value as Rec
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'date':
    case 'textBlock':
      return String(value)
    case 'number':
      return `${String(value)} ${item.unit}`
    case 'region':
      return `${v.city ?? ''}${v.county ?? ''}`
    case 'yearRow':
      return item.years.map((y) => `${y}年 ${v[y] ?? '—'}`).join('，') + `（${item.unit}）`
    case 'choice':
      return item.options.find((o) => o.id === value)?.label ?? String(value)
    case 'checklist': {
      const ticked = (value as ChecklistValue).ticked ?? []
      return ticked.length === 0 ? '均未开展' : ticked.map((t) => item.options.find((o) => o.id === t)?.label ?? t).join('；')
    }
    case 'itemList': {
      const list = value as ItemListValue
      return list.none ? '无' : `共 ${list.entries?.length ?? 0} 条`
    }
    case 'standardsMatrix':
      return item.years
        .map((y) => `${y}年 ` + item.categories.map((c) => `${c}${v[y]?.[c]?.host ?? '—'}/${v[y]?.[c]?.participate ?? '—'}`).join(' '))
        .join('；')
    case 'platforms':
      return item.tiers.map((t) => `${t.label.replace('名称及数量', '')} ${v[t.id]?.count ?? '—'}个`).join('；')
    case 'countGroup':
      return item.counts.map((c) => `${c.label} ${v[c.id] ?? '—'}`).join('，')
    case 'plan':
      return `已写 ${Object.keys(v.parts ?? {}).length}/${item.parts.length} 部分，指标 ${(v.indicators ?? []).length} 项`
    case 'statement':
    case 'paperMark':
      return ''
    default:
      return assertNever(item)
  }
}
