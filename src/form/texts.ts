import { FORM } from './model'
import { assertNever } from './queries'
import type { Item } from './types'

/**
 * Every printed string an item carries (label, hint, note, group, options, sub-labels…). The coverage
 * test and the export read the form through this one function, so a new field cannot be forgotten by one.
 */
export function itemTexts(item: Item): string[] {
  const common = [item.label, item.hint, item.note, item.group].filter((t): t is string => t !== undefined)
  switch (item.kind) {
    case 'text':
    case 'phone':
    case 'date':
    case 'number':
    case 'yearRow':
    case 'textBlock':
    case 'paperMark':
      return common
    case 'region':
      return [...common, ...item.parts]
    case 'choice':
      return [...common, ...item.options.map((o) => o.label)]
    case 'checklist':
      return [...common, ...(item.prompt ? [item.prompt] : []), ...item.options.map((o) => o.label)]
    case 'itemList':
      return [...common, ...item.fields.flatMap((f) => [f.label, ...(f.options ?? [])])]
    case 'standardsMatrix':
      return [...common, item.columnLabel, ...item.categories, ...item.roles.map((r) => r.label)]
    case 'platforms':
      return [...common, item.countLabel, item.nameLabel, item.unit, ...item.tiers.map((t) => t.label)]
    case 'countGroup':
      return [...common, ...item.counts.map((c) => c.label)]
    case 'plan': {
      const t = item.indicatorTable
      return [
        ...common,
        ...item.parts.flatMap((p) => [p.label, ...(p.guide ? [p.guide] : []), ...p.under]),
        ...t.columns,
        t.morePlaceholder,
        ...t.directions.flatMap((d) => [d.direction, ...d.examples])
      ]
    }
    case 'statement':
      return [...common, item.text]
    default:
      return assertNever(item)
  }
}

/** All printed strings of the whole form, including cover lines, section titles and 填报说明. */
export function formTexts(): string[] {
  return [
    FORM.attachmentMark,
    FORM.title,
    FORM.issuer,
    FORM.instructionsTitle,
    ...FORM.instructions.map((i) => i.text),
    ...FORM.sections.flatMap((s) => [s.title, ...s.items.flatMap(itemTexts)])
  ]
}
