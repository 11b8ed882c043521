import { Text, View } from '@tarojs/components'
import { assertNever, type Item, type Section } from '../../form'
import type { Answer, Answers } from '../../rules'
import { CHANGELOG_LINK } from '../ChangeLog/lines'
import './index.css'

type Rec = Record<string, any>

/** A small table as on the printed form: a header row, then rows of cells. */
/** A printed grid; `onRow` makes each body row a tap target (a list entry opens for editing). */
function Grid({ head, rows, onRow, indexed = false }: { head: string[]; rows: string[][]; onRow?: (index: number) => void; indexed?: boolean }) {
  const cell = (base: string, j: number) => `${base}${indexed && j === 0 ? ' ft-td--index' : ''}`
  return (
    <View className='ft-grid'>
      <View className='ft-tr'>
        {head.map((h, i) => (
          <Text key={i} className={cell('ft-td ft-th', i)}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((r, i) => (
        <View
          key={i}
          className={`ft-tr ${onRow ? 'ft-tr--tap' : ''}`}
          data-row={i + 1}
          onClick={
            onRow
              ? (e) => {
                  e.stopPropagation() // the entry, not the whole list
                  onRow(i)
                }
              : undefined
          }
        >
          {r.map((c, j) => (
            <Text key={j} className={cell('ft-td', j)}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}

const Empty = () => <Text className='ft-value ft-empty'>（未填写）</Text>
const Plain = ({ text }: { text: string }) => <Text className='ft-value'>{text}</Text>

/** One item's answer laid out as the printed form shows it. */
export function Cell({ item, answer, onEntry }: { item: Item; answer: Answer | undefined; onEntry?: (n: number) => void }) {
  const v = answer?.value as Rec | string | undefined
  if (item.kind === 'statement') return <Plain text={item.text} />
  if (item.kind === 'paperMark') {
    const what = item.mark === 'signature' ? '签字' : item.mark === 'stamp' ? '盖章' : '填写日期'
    return <Text className='ft-paper'>{`导出后在纸质申报表上${what}`}</Text>
  }
  if (v === undefined || v === null) return <Empty />
  const o = v as Rec
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'date':
    case 'textBlock':
      return <Plain text={String(v)} />
    case 'number':
      return <Plain text={`${String(v)} ${item.unit}`} />
    case 'region':
      return <Plain text={`${o.city ?? ''}${o.county ?? ''}`} />
    case 'yearRow':
      return <Grid head={item.years.map((y) => `${y}年`)} rows={[item.years.map((y) => o[y] ?? '—')]} />
    case 'choice':
    case 'checklist': {
      const on = (id: string) => (item.kind === 'choice' ? v === id : ((o.ticked as string[]) ?? []).includes(id))
      return (
        <View>
          {item.options.map((opt) => (
            <Text key={opt.id} className={`ft-box ${on(opt.id) ? 'ft-box--on' : ''}`}>{`${on(opt.id) ? '☑' : '☐'} ${opt.label}`}</Text>
          ))}
        </View>
      )
    }
    case 'itemList': {
      if (o.none) return <Plain text='无' />
      const entries = (o.entries ?? []) as { fields: Record<string, string> }[]
      return (
        <Grid
          indexed
          head={['序号', ...item.fields.map((f) => f.label)]}
          rows={entries.map((e, i) => [String(i + 1), ...item.fields.map((f) => e.fields[f.id] || '—')])}
          {...(onEntry ? { onRow: (i: number) => onEntry(i + 1) } : {})}
        />
      )
    }
    case 'standardsMatrix':
      return (
        <Grid
          head={['类别', ...item.years.flatMap((y) => [`${y}主持`, `${y}参与`])]}
          rows={item.categories.map((c) => [c, ...item.years.flatMap((y) => [o[y]?.[c]?.host ?? '—', o[y]?.[c]?.participate ?? '—'])])}
        />
      )
    case 'platforms':
      return (
        <View>
          {item.tiers.map((t) => (
            <View key={t.id}>
              <Text className='ft-part'>{t.label}</Text>
              <Plain text={`数量：${o[t.id]?.count ?? '—'} 个`} />
              <Plain text={`名称：${((o[t.id]?.entries ?? []) as { name: string }[]).map((e) => e.name).join('、') || '—'}`} />
            </View>
          ))}
        </View>
      )
    case 'countGroup':
      return <Grid head={item.counts.map((c) => c.label)} rows={[item.counts.map((c) => o[c.id] ?? '—')]} />
    case 'plan':
      return (
        <View>
          {item.parts.map((p) => (
            <View key={p.id}>
              <Text className='ft-part'>{[...p.under, p.label].join(' › ')}</Text>
              <Plain text={o.parts?.[p.id] || '（未填写）'} />
            </View>
          ))}
          <Grid
            head={[...item.indicatorTable.columns]}
            rows={((o.indicators ?? []) as Rec[]).map((r) => [r.direction, r.indicator, r.baseline, r.target])}
          />
        </View>
      )
    default:
      return assertNever(item)
  }
}

/** A whole section laid out like the paper form: labels as printed, answers in the printed shape; tap to edit. */
/**
 * `onEdit(itemId, entry?)`: a tap on an answer, or on one entry of a list (numbered from 1). `onHistory(item)`: the
 * 修改记录 link of an answered item (not lists: their entries change one by one and open for editing).
 */
export function FormTable({ section, answers, onEdit, onHistory }: { section: Section; answers: Answers; onEdit: (itemId: string, entry?: number) => void; onHistory?: (item: Item) => void }) {
  return (
    <View className='ft'>
      {section.items
        .filter((item) => item.mirrorOf === undefined)
        .map((item) => {
          const editable = item.kind !== 'statement' && item.kind !== 'paperMark'
          return (
            <View key={item.id} className='table__row ft-row' data-item-id={item.id} onClick={() => editable && onEdit(item.id)}>
              {item.group ? <Text className='ft-group'>{item.group}</Text> : null}
              <View className='ft-labelrow'>
                <Text className='table__label ft-label'>{item.label}</Text>
                {onHistory && editable && item.kind !== 'itemList' && answers[item.id] ? (
                  <Text
                    className='ft-history'
                    onClick={(e) => {
                      e.stopPropagation() // the record, not the question
                      onHistory(item)
                    }}
                  >
                    {CHANGELOG_LINK}
                  </Text>
                ) : null}
              </View>
              <View className={`table__value ${answers[item.id] || !editable ? '' : 'table__value--empty'}`}>
                <Cell item={item} answer={answers[item.id]} {...(editable && item.kind === 'itemList' ? { onEntry: (n: number) => onEdit(item.id, n) } : {})} />
                {answers[item.id]?.explanation ? <Text className='ft-explanation'>{`说明：${answers[item.id]?.explanation}`}</Text> : null}
              </View>
            </View>
          )
        })}
    </View>
  )
}
