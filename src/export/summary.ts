/** Each item's answer as one line of text, for the one-row-per-item spreadsheet (xlsx.ts). */
import { YEARS, assertNever, yearLabel, type Item } from '../form'
import type { Answer } from '../rules'
import { NONE, printNumber } from './format'
import { listRows, tickedIds, valueLines } from './values'

type Rec = Record<string, unknown>
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

export function summaryText(item: Item, answer: Answer | undefined): string {
  if (answer === undefined) return ''
  const v = rec(answer.value)
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'date':
    case 'number':
    case 'region':
    case 'textBlock':
      return valueLines({ ...item, note: undefined } as Item, answer).join('\n')
    case 'choice':
    case 'checklist': {
      const on = tickedIds(item, answer)
      const labels = item.options.filter((o) => on.includes(o.id)).map((o) => o.label)
      return labels.length > 0 ? labels.join('；') : NONE
    }
    case 'yearRow':
      return item.years.map((y) => `${yearLabel(y)}：${printNumber(v[y], item.numberKind)}`).join('；')
    case 'standardsMatrix':
      return YEARS.flatMap((y) =>
        item.categories.flatMap((c) =>
          item.roles.map((r) => [r, printNumber(rec(rec(v[y])[c])[r.id], 'count')] as const).filter(([, n]) => n !== '' && n !== '0').map(([r, n]) => `${yearLabel(y)}${c}${r.label}${n}`)
        )
      ).join('；') || NONE
    case 'platforms':
      return item.tiers
        .map((t) => {
          const tier = rec(v[t.id])
          const names = (Array.isArray(tier.entries) ? (tier.entries as Rec[]) : []).map((e) => str(e.name)).filter((n) => n !== '')
          return `${t.label}：${item.countLabel}${printNumber(tier.count, 'count')}${item.unit}，${item.nameLabel}${names.join('、') || NONE}`
        })
        .join('\n')
    case 'countGroup':
      return item.counts.map((c) => `${c.label}${str(v[c.id])}`).join('；')
    case 'itemList': {
      const rows = listRows(item, answer)
      if (rows === null) return ''
      if (rows === NONE) return NONE
      return [`共${rows.length}项`, ...rows.map((r) => r.slice(1).filter((x) => x !== '').join('，'))].join('\n')
    }
    case 'plan': {
      const parts = rec(v.parts)
      const indicators = (Array.isArray(v.indicators) ? v.indicators : []).map(rec)
      return [
        ...item.parts.map((p) => `${p.label}：${str(parts[p.id])}`),
        ...indicators.map((i) => `${str(i.direction)}｜${str(i.indicator)}｜${str(i.baseline)}→${str(i.target)}`)
      ].join('\n')
    }
    case 'statement':
    case 'paperMark':
      return ''
    default:
      return assertNever(item)
  }
}
