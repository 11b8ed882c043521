/**
 * The printed columns of each itemised list, read from the form model (nothing here hard-codes a label), and
 * how a header cell written by a person is matched to one: full-width/half-width, spaces and a required-mark
 * “*” do not matter.
 */
import { allItems, type ItemListItem, type ListField } from '../form'

export function listItems(): ItemListItem[] {
  return allItems().filter((i): i is ItemListItem => i.kind === 'itemList')
}

export function listItem(id: string): ItemListItem | undefined {
  return listItems().find((i) => i.id === id)
}

export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]/g, '')
}

/** The columns a template prints, in the form's order. */
export function columnsOf(item: ItemListItem): readonly ListField[] {
  return item.fields
}

export function expectedHeader(item: ItemListItem): string {
  return item.fields.map((f) => f.label).join('、')
}

/** One example row per list, shown in the template (made-up data in the printed formats). */
export const EXAMPLE_ROWS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  's3.patentList': { name: '一种高效节能电机控制方法', type: '发明专利', number: 'ZL202110215728.6', holder: '山东示例电机有限公司', grantDate: '2023-05-16' },
  's3.standardsList': { name: '中小型三相异步电动机能效限定值', code: 'JB/T 10090—2019', category: '行业', role: '主持', year: '2019', enterprise: '山东示例电机有限公司' },
  's5.greenList': { category: '绿色工厂', name: '山东示例电机有限公司', level: '省级', year: '2022' },
  's6.branchList': { enterprise: '山东示例电机有限公司', name: '示例电机（越南）有限公司', country: '越南', year: '2021' }
}

export function exampleRow(item: ItemListItem): Record<string, string> {
  const given = EXAMPLE_ROWS[item.id] ?? {}
  return Object.fromEntries(item.fields.map((f) => [f.id, given[f.id] ?? (f.options?.[0] ?? '示例')]))
}
