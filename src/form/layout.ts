/**
 * How the printed 申报表 lays its cells out (shared/seed/000_4179efe36ee74b40.txt), for anything that
 * reproduces the paper: the export and the section table. The words here are printed layout, not content
 * (see LAYOUT_ONLY in coverage.test.ts).
 */
import type { Item, Section, Year, YearRowItem } from './types'

/** Header cell of the year tables (sections 二 and 三 start with “年度 | 2021年 | 2022年 | 2023年”). */
export const YEAR_HEADER = '年度'

/** A year column as printed: “2021年”. */
export const yearLabel = (year: Year): string => `${year}年`

/** The blank date line under a signature or stamp (section 九): “年    月    日”. */
export const DATE_BLANK = '年    月    日'

/** Printed after a cover label and before a signature or stamp place: “集群名称：”. */
export const LABEL_COLON = '：'

/**
 * How a year row is printed: `columns` under the section's “年度” header; `ownHeader` with its own
 * “2021年 | 2022年 | 2023年” row (工业软件采购金额); `stacked`, one printed row per year (单位产值二氧化碳排放量).
 */
export type YearRowLayout = 'columns' | 'ownHeader' | 'stacked'

export function yearRowLayout(section: Section, item: YearRowItem): YearRowLayout {
  if (item.printed === 'stacked') return 'stacked'
  return section.yearHeader === true ? 'columns' : 'ownHeader'
}

/** Where an item's printed note sits: in the label cell (标准数量情况（需提供清单）, 创新平台) or under the value. */
export function noteInLabel(item: Item): boolean {
  return item.kind === 'standardsMatrix' || item.kind === 'platforms'
}

/**
 * A printed group heading that is a merged cell of its own on the left (数字化新模式新业态推广情况), as
 * opposed to a group named after a row of the section (联系人 under the authority's row; a list under the
 * count it itemises, whose printed label may go on with a parenthesis).
 */
export function isGroupCell(section: Section, item: Item): boolean {
  const group = item.group
  return group !== undefined && !section.items.some((other) => other.id !== item.id && other.label.startsWith(group))
}
