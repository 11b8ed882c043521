/** The prompts of multi-message items, shared by the reader (interpret.ts) and the drafts (parts.ts). */
import type { Item } from '../form'
import type { Answers } from '../rules'
import { baselineFor } from './plan'

type Of<K extends Item['kind']> = Extract<Item, { kind: K }>

export const listPrompt = (item: Of<'itemList'>, index: number, field: number) => {
  const f = item.fields[field]
  const optional = f.required ? '' : '（选填，没有可回复“跳过”）'
  return `第${index + 1}条 · 请填写“${f.label}”${f.options ? `（${f.options.join('/')}）` : ''}${optional}${index === 0 && field === 0 ? '；没有请回复“无”' : ''}`
}

export const listDonePrompt = (n: number) => `已有 ${n} 条。回复“再加一条”继续添加，或回复“完成”。要改动其中一条，可回复“修改第1条”或“删除第1条”（按序号）。`

/** A field of an entry being changed: its value now, kept with “不变”. */
export const listEditPrompt = (item: Of<'itemList'>, index: number, field: number, now: string | undefined) =>
  `修改第${index + 1}条 · 请填写“${item.fields[field].label}”${item.fields[field].options ? `（${item.fields[field].options?.join('/')}）` : ''}：现为“${now || '（空）'}”，回复“不变”保留`

/** A number not known yet (“不知道”): 跳过 leaves the question open. */
export const unknownNumber = (label: string) => `“${label}”暂时不知道的话，可以回复“跳过”，稍后再填（总览会列出未填的项）；知道后请填写数值。`
/** An estimate (“大概13.5亿”): the form wants the statistics' figure. */
export const approximateNumber = (label: string, word: string, example: string) => `“${label}”要填写统计数据中的准确数值，不能填约数（“${word}”）。请填写准确数值，例如 ${example}。`
/** A year the row does not ask (or no longer asks). */
export const yearNotAsked = (year: string, years: readonly string[]) =>
  years.length === 1 ? `现在只需填写${years[0]}年的数值，没有${year}年。` : `本题填写${years.map((y) => `${y}年`).join('、')}的数值，没有${year}年。`
/** A year label with nothing after it (“2021年 2022年13”). */
export const yearWithoutValue = (year: string, example: string) => `请在每个年份后写上数值，如“${year}年${example}”。`

/** 跳过 with a change half typed over a stored answer: neither lost nor stored. */
export const SKIPPED_WITH_DRAFT = '已跳过：已保存的答案不变；这次未填完的改动留作草稿，回到这一题时接着填。'

/** A description answered with numbers only. */
export const textBlockNotNumbers = (label: string) => `“${label}”需要文字描述，只有数字不能作为说明；没有相关情况请回复“无”。`

/** 完成 on a checklist with nothing ticked. */
export const CHECKLIST_NOTHING_TICKED = '还没有勾选任何一项。请点选已开展的项；如均未开展，请点“都没有”。'

/** Before changes to a list are written: 完成 stores them. */
export const listAfterChange = (what: string) => `${what}回复“再加一条”继续，或回复“完成”保存。`

export const matrixPrompt = (item: Of<'standardsMatrix'>, year: number) =>
  `${item.years[year]}年：请依次填写${item.categories.map((c) => `${c}主持、参与`).join('，')}的数量（共8个数，用空格分开）；没有请回复“无”`

export const planPartPrompt = (item: Of<'plan'>, part: number) => {
  const p = item.parts[part]
  return `规划第${part + 1}/${item.parts.length}部分：${[...p.under, p.label].join(' › ')}${p.guide ? `\n${p.guide}` : ''}`
}

export const indicatorRows = (item: Of<'plan'>) => item.indicatorTable.directions.flatMap((d) => d.examples.map((e) => ({ direction: d.direction, indicator: e })))

export function indicatorPrompt(row: { direction: string; indicator: string }, answers: Answers): string {
  const base = baselineFor(row.indicator, answers)
  return `发展目标指标表 · ${row.direction} · ${row.indicator}：请填写“2023年基准值 2026年目标值”${base ? `（基准值按前面的填报为 ${base}，只填目标值即可）` : ''}；不设此指标请回复“跳过”`
}

export const platformCountPrompt = (item: Of<'platforms'>, tier: number) => `${item.tiers[tier].label}：数量（个）？`

export function platformNamesPrompt(tier: { count: string; entries: { name: string }[] } | undefined): string {
  const count = Number(tier?.count ?? 0)
  const have = tier?.entries.length ?? 0
  return have === 0
    ? `请填写这 ${count} 个平台的名称，多个名称用“、”分开，可分几条发送`
    : `已记录 ${have} 个名称，请继续填写其余 ${count - have} 个平台的名称（用“、”分开）`
}
