/**
 * Small constructors so each section file reads like the printed table. Defaults follow 填报说明:
 * every cell is required (“各必填栏目不得空缺”) unless a builder says otherwise.
 */
import {
  YEARS,
  type ChecklistItem,
  type ChoiceItem,
  type ChoiceOption,
  type InstructionId,
  type ItemBase,
  type NumberItem,
  type NumberKind,
  type TextBlockItem,
  type Unit,
  type YearRowItem
} from './types'

type Extra = Partial<Omit<ItemBase, 'id' | 'label'>>

const base = (id: string, label: string, extra: Extra = {}): ItemBase => ({
  id,
  label,
  required: true,
  help: ['required'],
  evidence: 'none',
  ...extra
})

export const CHECK_EVIDENCE_NOTE = '（注：勾选需提供佐证材料）'
export const TEXT_BLOCK_LIMIT = 200

export function yearRow(
  id: string,
  label: string,
  unit: Unit,
  numberKind: NumberKind,
  extra: Extra & { printed?: 'stacked' } = {}
): YearRowItem {
  const { printed, ...rest } = extra
  return { ...base(id, label, rest), kind: 'yearRow', unit, numberKind, years: YEARS, ...(printed ? { printed } : {}) }
}

export function numberItem(id: string, label: string, unit: Unit, numberKind: NumberKind, extra: Extra = {}): NumberItem {
  return { ...base(id, label, { help: ['required', 'asOf2023'], ...extra }), kind: 'number', unit, numberKind }
}

export function textBlock(id: string, label: string, extra: Extra = {}): TextBlockItem {
  return { ...base(id, label, { help: ['required', 'truthful'], ...extra }), kind: 'textBlock', maxChars: TEXT_BLOCK_LIMIT }
}

/** Options get ids `<item id>.<n>` (1-based, in printed order) so stored ticks survive label edits. */
export function options(itemId: string, labels: readonly string[]): ChoiceOption[] {
  return labels.map((label, i) => ({ id: `${itemId}.${i + 1}`, label }))
}

export function checklist(
  id: string,
  label: string,
  labels: readonly string[],
  extra: Extra & { prompt?: string } = {}
): ChecklistItem {
  const { prompt, ...rest } = extra
  return {
    ...base(id, label, { help: ['evidence'], note: CHECK_EVIDENCE_NOTE, evidence: 'perTick', ...rest }),
    kind: 'checklist',
    ...(prompt === undefined ? {} : { prompt }),
    options: options(id, labels)
  }
}

export function choice(id: string, label: string, labels: readonly string[], extra: Extra = {}): ChoiceItem {
  return { ...base(id, label, extra), kind: 'choice', options: options(id, labels) }
}

export const YES_NO = ['是', '否'] as const

export type { InstructionId }
