/**
 * Each section as its printed table (shared/seed/000_4179efe36ee74b40.txt), on the main grid (model.ts):
 * labels in the first column exactly as the form model has them, answers beside them in the printed shape.
 */
import {
  DATE_BLANK,
  LABEL_COLON,
  YEARS,
  YEAR_HEADER,
  assertNever,
  isGroupCell,
  noteInLabel,
  yearLabel,
  yearRowLayout,
  type Item,
  type PlanItem,
  type Section
} from '../form'
import type { Answer, Answers } from '../rules'
import { NONE, printNumber } from './format'
import { SUB_COLUMNS, type Block, type Cell, type Row } from './model'
import { explanationLine, listRows, valueLines } from './values'

type Rec = Record<string, unknown>
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const cell = (lines: string[], span = 1, extra: Partial<Cell> = {}): Cell => ({ lines, span, ...extra })
const PER_YEAR = SUB_COLUMNS / YEARS.length

const labelLines = (item: Item): string[] => (noteInLabel(item) && item.note ? [item.label, item.note] : [item.label])

/**
 * The printed rows of one item. `offset` is 1 when a merged group cell sits on the left (the label then spans
 * `labelSpan` columns after it); the value takes the rest of the grid.
 */
function itemRows(section: Section, item: Item, answer: Answer | undefined, offset: 0 | 1): Row[] {
  const labelSpan = offset === 0 ? 1 : 3
  const valueSpan = 1 + SUB_COLUMNS - offset - labelSpan
  const label = (rowSpan = 1) => cell(labelLines(item), labelSpan, rowSpan > 1 ? { rowSpan } : {})
  const v = rec(answer?.value)
  switch (item.kind) {
    case 'yearRow': {
      const values = item.years.map((y) => printNumber(v[y], item.numberKind))
      const layout = yearRowLayout(section, item)
      switch (layout) {
        case 'columns':
          return [[label(), ...values.map((x) => cell([x], PER_YEAR))]]
        case 'ownHeader':
          return [
            [label(2), ...item.years.map((y) => cell([yearLabel(y)], PER_YEAR, { head: true }))],
            values.map((x) => cell([x], PER_YEAR))
          ]
        case 'stacked': {
          const rows: Row[] = item.years.map((y, i) => [
            ...(i === 0 ? [cell([item.label], labelSpan, { rowSpan: item.years.length + 1 })] : []),
            cell([yearLabel(y)], PER_YEAR, { head: true }),
            cell([values[i]], SUB_COLUMNS - PER_YEAR)
          ])
          rows.push([cell(item.note ? [item.note] : [], SUB_COLUMNS)])
          return rows
        }
        default:
          return assertNever(layout)
      }
    }
    case 'standardsMatrix': {
      const head: Row = [label(item.categories.length + 1), ...item.years.flatMap(() => [item.columnLabel, ...item.roles.map((r) => r.label)].map((t) => cell([t], 1, { head: true })))]
      const rows = item.categories.map((c) =>
        item.years.flatMap((y) => {
          const counts = rec(rec(v[y])[c])
          return [cell([c], 1, { head: true }), ...item.roles.map((r) => cell([printNumber(counts[r.id], 'count')]))]
        })
      )
      return [head, ...rows]
    }
    case 'platforms':
      return item.tiers.map((t, i) => {
        const tier = rec(v[t.id])
        const names = (Array.isArray(tier.entries) ? (tier.entries as Rec[]) : []).map((e) => str(e.name)).filter((n) => n !== '')
        const count = printNumber(tier.count, 'count')
        const value = answer === undefined ? [`${item.countLabel}    ${item.unit}`, item.nameLabel] : [`${item.countLabel}${count} ${item.unit}`, `${item.nameLabel}${names.length > 0 ? names.join('、') : NONE}`]
        return [...(i === 0 ? [label(item.tiers.length)] : []), cell([t.label], 4), cell(value, valueSpan - 4)]
      })
    case 'text':
    case 'phone':
    case 'region':
    case 'date':
    case 'number':
    case 'choice':
    case 'checklist':
    case 'textBlock':
    case 'countGroup':
      return [[label(), cell([...valueLines(item, answer), ...explanationLine(answer)], valueSpan)]]
    case 'itemList':
    case 'plan':
    case 'statement':
    case 'paperMark':
      // Lists follow the table (listBlocks); the plan and section 九 are laid out whole (planBlocks, declarationBlocks).
      return []
    default:
      return assertNever(item)
  }
}

/** A section's main table: the “年度” header where printed, then each item's rows; merged group cells on the left. */
export function sectionTable(section: Section, answers: Answers): Row[] {
  const rows: Row[] = []
  if (section.yearHeader) rows.push([cell([YEAR_HEADER], 1, { head: true }), ...YEARS.map((y) => cell([yearLabel(y)], PER_YEAR, { head: true }))])
  const items = section.items.filter((i) => i.mirrorOf === undefined)
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (isGroupCell(section, item)) {
      let end = i
      while (end < items.length && items[end].group === item.group) end++
      const groupRows = items.slice(i, end).map((m) => itemRows(section, m, answers[m.id], 1)).filter((r) => r.length > 0)
      if (groupRows.length > 0) groupRows[0][0].unshift(cell([item.group ?? ''], 1, { rowSpan: groupRows.reduce((n, r) => n + r.length, 0) }))
      rows.push(...groupRows.flat())
      i = end - 1
    } else {
      rows.push(...itemRows(section, item, answers[item.id], 0))
    }
  }
  return rows
}

/** Each itemised list of a section as its own table after the section's table (“需提供清单”). */
export function listBlocks(section: Section, answers: Answers): Block[] {
  const out: Block[] = []
  for (const item of section.items) {
    if (item.kind !== 'itemList') continue
    const rows = listRows(item, answers[item.id])
    out.push({ kind: 'subheading', text: item.label })
    if (rows === null || rows === NONE) {
      out.push({ kind: 'para', text: rows === NONE ? NONE : '' })
      continue
    }
    const head = ['序号', ...item.fields.map((f) => f.label)]
    const width = Math.floor(9000 / head.length)
    out.push({
      kind: 'table',
      borders: true,
      grid: head.map((_, i) => (i === 0 ? 600 : Math.floor((9000 - 600) / (head.length - 1)) || width)),
      rows: [head.map((h) => cell([h], 1, { head: true })), ...rows.map((r) => r.map((c) => cell([c])))]
    })
  }
  return out
}

/** Section 八: the outline's headings in printed order with the text under each, and the indicator table after 1.三年总体目标. */
export function planBlocks(item: PlanItem, answer: Answer | undefined): Block[] {
  const v = rec(answer?.value)
  const parts = rec(v.parts)
  const out: Block[] = []
  if (item.note) out.push({ kind: 'para', text: item.note })
  let printedUnder: readonly string[] = []
  for (const part of item.parts) {
    part.under.forEach((h, depth) => {
      if (printedUnder[depth] !== h) out.push({ kind: 'subheading', text: h })
    })
    printedUnder = part.under
    out.push({ kind: 'subheading', text: part.label })
    out.push({ kind: 'para', text: str(parts[part.id]) })
    if (part.id === item.indicatorTable.partId) out.push(indicatorTable(item, v.indicators))
  }
  return out
}

function indicatorTable(item: PlanItem, raw: unknown): Block {
  const t = item.indicatorTable
  const given = (Array.isArray(raw) ? raw : []).map(rec)
  const directions = [...t.directions.map((d) => d.direction)]
  for (const g of given) if (!directions.includes(str(g.direction))) directions.push(str(g.direction))
  const rows: Row[] = [t.columns.map((c) => cell([c], 1, { head: true }))]
  for (const d of directions) {
    const mine = given.filter((g) => str(g.direction) === d)
    if (mine.length === 0) {
      rows.push([cell([d]), cell([NONE]), cell(['']), cell([''])])
      continue
    }
    mine.forEach((g, i) => rows.push([...(i === 0 ? [cell([d], 1, mine.length > 1 ? { rowSpan: mine.length } : {})] : []), cell([str(g.indicator)]), cell([str(g.baseline)]), cell([str(g.target)])]))
  }
  return { kind: 'table', borders: true, grid: [1800, 3000, 2100, 2100], rows }
}

/**
 * Section 九: each heading the form prints (真实性声明, 市级中小企业主管部门推荐意见) with its text and, below it,
 * the blank places signed, stamped and dated on paper (policy.md §1.12): nothing is filled in for them.
 */
export function declarationRows(section: Section, answers: Answers): Row[] {
  const rows: Row[] = []
  for (const item of section.items) {
    if (item.kind === 'paperMark') continue
    const places = section.items.filter((p) => p.kind === 'paperMark' && p.group === item.label)
    const body = item.kind === 'statement' ? [item.text] : [str(answers[item.id]?.value), '', '']
    // Room to sign and stamp: two empty lines under each signature or stamp place, the date line last.
    const marks = places.flatMap((p) => (p.kind === 'paperMark' && p.mark === 'date' ? [`${' '.repeat(36)}${DATE_BLANK}`] : [`${p.label}${LABEL_COLON}`, '', '']))
    rows.push([cell([item.label], 1, { head: true })])
    rows.push([cell([...body, '', ...marks])])
  }
  return rows
}
