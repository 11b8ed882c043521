import { instructionText } from './instructions'
import { FORM } from './model'
import type { Item, Section, SectionId } from './types'

const itemIndex = new Map<string, { item: Item; section: Section }>()
for (const section of FORM.sections) {
  for (const item of section.items) {
    if (itemIndex.has(item.id)) throw new Error(`duplicate item id ${item.id}`)
    itemIndex.set(item.id, { item, section })
  }
}

export function findItem(id: string): Item | undefined {
  return itemIndex.get(id)?.item
}

export function sectionOf(itemId: string): Section | undefined {
  return itemIndex.get(itemId)?.section
}

/** A section as its number is printed: “二” for “二、主导产业情况”; 封面 stays 封面. */
export function sectionNumeral(id: SectionId): string {
  const title = getSection(id).title
  const i = title.indexOf('、')
  return i > 0 ? title.slice(0, i) : title
}

export function getSection(id: SectionId): Section {
  const section = FORM.sections.find((s) => s.id === id)
  if (!section) throw new Error(`unknown section ${id}`)
  return section
}

export function allItems(): Item[] {
  return FORM.sections.flatMap((s) => [...s.items])
}

/**
 * Items an operator answers in the app: not mirrors (answered at their source), not fixed text,
 * not places that are signed or stamped on paper.
 */
export function isAnswerable(item: Item): boolean {
  if (item.mirrorOf !== undefined) return false
  switch (item.kind) {
    case 'statement':
    case 'paperMark':
      return false
    case 'text':
    case 'phone':
    case 'region':
    case 'date':
    case 'number':
    case 'yearRow':
    case 'choice':
    case 'checklist':
    case 'textBlock':
    case 'itemList':
    case 'standardsMatrix':
    case 'platforms':
    case 'countGroup':
    case 'plan':
      return true
    default:
      return assertNever(item)
  }
}

export function answerableItems(sectionId: SectionId): Item[] {
  return getSection(sectionId).items.filter(isAnswerable)
}

let labelUses: Map<string, number> | null = null

/**
 * An item's label as a message names it: the printed label, with its group (or section) in front when the form
 * prints the same label more than once — “集群运营管理机构·联系人”, not a second “联系人”.
 */
export function qualifiedLabel(item: Item): string {
  if (labelUses === null) {
    labelUses = new Map()
    for (const s of FORM.sections) for (const i of s.items) if (isAnswerable(i)) labelUses.set(i.label, (labelUses.get(i.label) ?? 0) + 1)
  }
  if ((labelUses.get(item.label) ?? 0) < 2) return item.label
  const prefix = item.group !== undefined && !item.group.includes(item.label) ? item.group : sectionOf(item.id)?.title
  return prefix ? `${prefix}·${item.label}` : item.label
}

/** The 填报说明 sentences that govern an item, in the order the item lists them. */
export function helpText(item: Item): string[] {
  return item.help.map(instructionText)
}

export interface SectionSummary {
  id: SectionId
  title: string
  /** Every printed row of the section. */
  itemCount: number
  /** The rows answered in the app (see isAnswerable). */
  answerableCount: number
  requiredCount: number
}

export function sectionSummaries(): SectionSummary[] {
  return FORM.sections.map((s) => {
    const answerable = s.items.filter(isAnswerable)
    return {
      id: s.id,
      title: s.title,
      itemCount: s.items.length,
      answerableCount: answerable.length,
      requiredCount: answerable.filter((i) => i.required).length
    }
  })
}

export function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`)
}
