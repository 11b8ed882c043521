/**
 * The 山东省特色产业集群申报表 as typed data. Every label here is copied exactly as printed in the
 * seed form (shared/seed/000_4179efe36ee74b40.txt); nothing else in the code hard-codes a label.
 */

export const YEARS = [2021, 2022, 2023] as const
export type Year = (typeof YEARS)[number]

export type SectionId = 'cover' | 's1' | 's2' | 's3' | 's4' | 's5' | 's6' | 's7' | 's8' | 's9'

/** Ids of the 填报说明 paragraphs (see instructions.ts). */
export type InstructionId =
  | 'truthful'
  | 'required'
  | 'operatorBody'
  | 'evidence'
  | 'financial'
  | 'asOf2023'
  | 'productOrder'
  | 'employees'
  | 'rdCost'

export type Unit =
  | '亿元'
  | '万元'
  | '%'
  | '平方公里'
  | '个'
  | '家'
  | '人'
  | '件'
  | '项'
  | '件/万人'
  | '吨二氧化碳/万元'

/**
 * How a number behaves, which decides its value rule (issue 3):
 * amount ≥ 0 with 2 decimals; share 0–100; rate may be negative or above 100; count is a whole number ≥ 0;
 * ratio ≥ 0 with 2 decimals (e.g. patents per 10,000 people).
 */
export type NumberKind = 'amount' | 'share' | 'rate' | 'count' | 'ratio'

/**
 * What proof an answer needs (填报说明: 佐证材料; notes printed beside the rows):
 * perTick — every ticked option (“勾选需提供佐证材料”); listAndEvidence — “需提供清单及佐证材料”;
 * listOnly — “需提供清单”; ifApplicable — “如涉及，需提供佐证材料” (only when the answer is 是).
 */
export type EvidenceRule = 'none' | 'perTick' | 'listAndEvidence' | 'listOnly' | 'ifApplicable'

export type TextFormat = 'plain' | 'clusterName' | 'orgName' | 'personName'

export interface ItemBase {
  /** Stable id, `<section>.<name>`; stored answers and rule findings refer to it. */
  id: string
  /** Label exactly as printed. */
  label: string
  required: boolean
  /** The 填报说明 paragraphs that govern this item. */
  help: InstructionId[]
  /** A note printed beside the row, exactly as printed (e.g. “（注：勾选需提供佐证材料）”). */
  note?: string
  /** A hint printed under the label, e.g. the name pattern “（XX市XX县（市、区）XX特色产业集群）”. */
  hint?: string
  /** The printed group heading this row sits under, when the form nests rows. */
  group?: string
  /** The same cell printed again elsewhere (section 一 repeats the cover): answered once, shown twice. */
  mirrorOf?: string
  evidence: EvidenceRule
}

export interface TextItem extends ItemBase {
  kind: 'text'
  format: TextFormat
  maxChars: number
}

export interface PhoneItem extends ItemBase {
  kind: 'phone'
}

export interface RegionItem extends ItemBase {
  kind: 'region'
  /** The two blanks printed after 所属地区：“    市    县（市、区）”. */
  parts: readonly ['市', '县（市、区）']
}

export interface DateItem extends ItemBase {
  kind: 'date'
}

export interface NumberItem extends ItemBase {
  kind: 'number'
  unit: Unit
  numberKind: NumberKind
}

export interface YearRowItem extends ItemBase {
  kind: 'yearRow'
  unit: Unit
  numberKind: NumberKind
  years: readonly Year[]
  /** Printed one row per year instead of across the year columns (see layout.ts). */
  printed?: 'stacked'
}

export interface ChoiceOption {
  id: string
  label: string
}

/** One box to tick out of several (是/否/不适用, 产业类型). */
export interface ChoiceItem extends ItemBase {
  kind: 'choice'
  options: readonly ChoiceOption[]
}

/** Several boxes, any number ticked; `prompt` is the printed line above the boxes, where there is one. */
export interface ChecklistItem extends ItemBase {
  kind: 'checklist'
  prompt?: string
  options: readonly ChoiceOption[]
}

export interface TextBlockItem extends ItemBase {
  kind: 'textBlock'
  maxChars: number
}

export type ListFieldKind = 'text' | 'choice' | 'date' | 'year' | 'count'

export interface ListField {
  id: string
  label: string
  kind: ListFieldKind
  required: boolean
  options?: readonly string[]
}

/** An itemised list (“需提供清单”): one entry per standard, platform, patent, factory, branch… */
export interface ItemListItem extends ItemBase {
  kind: 'itemList'
  fields: readonly ListField[]
  /** The count item(s) this list itemises; rules compare the two (issue 3). */
  itemises: readonly string[]
}

export interface StandardsMatrixItem extends ItemBase {
  kind: 'standardsMatrix'
  columnLabel: '类别'
  categories: readonly ['国际', '国家', '行业', '团体']
  roles: readonly [{ id: 'host'; label: '主持数量' }, { id: 'participate'; label: '参与数量' }]
  years: readonly Year[]
}

export interface PlatformTier {
  id: string
  label: string
}

/** 创新平台建设情况: per tier “数量：    个 / 名称：”. */
export interface PlatformsItem extends ItemBase {
  kind: 'platforms'
  tiers: readonly PlatformTier[]
  countLabel: '数量：'
  nameLabel: '名称：'
  unit: '个'
}

export interface CountPart {
  id: string
  label: string
}

/** Several labelled counts in one printed cell (绿色工厂数量 / 绿色工业园区数量 …). */
export interface CountGroupItem extends ItemBase {
  kind: 'countGroup'
  counts: readonly CountPart[]
}

export interface PlanPart {
  id: string
  /** Heading as printed. */
  label: string
  /** The printed guidance under the heading, if any. */
  guide?: string
  /** Printed headings above this part, outermost first. */
  under: readonly string[]
}

export interface IndicatorDirection {
  direction: string
  /** The example indicators printed in the table; '定性描述' marks a qualitative row. */
  examples: readonly string[]
}

export interface PlanItem extends ItemBase {
  kind: 'plan'
  maxChars: number
  parts: readonly PlanPart[]
  indicatorTable: {
    /** Part id the table belongs to (1.三年总体目标). */
    partId: string
    columns: readonly ['方向', '指标', '2023年基准值', '2026年目标值']
    directions: readonly IndicatorDirection[]
    /** The printed “......” rows mean: add your own indicators. */
    morePlaceholder: '......'
  }
}

/** A place on the printed form that is signed, stamped or dated on paper after export. */
export interface PaperMarkItem extends ItemBase {
  kind: 'paperMark'
  mark: 'signature' | 'stamp' | 'date'
}

/** Fixed printed text the county authority signs (真实性声明): shown, not answered. */
export interface StatementItem extends ItemBase {
  kind: 'statement'
  text: string
}

export type Item =
  | TextItem
  | PhoneItem
  | RegionItem
  | DateItem
  | NumberItem
  | YearRowItem
  | ChoiceItem
  | ChecklistItem
  | TextBlockItem
  | ItemListItem
  | StandardsMatrixItem
  | PlatformsItem
  | CountGroupItem
  | PlanItem
  | PaperMarkItem
  | StatementItem

export type ItemKind = Item['kind']

export interface Section {
  id: SectionId
  /** Section heading as printed (the cover has none; we call it 封面). */
  title: string
  /** The section's table starts with the printed “年度 | 2021年 | 2022年 | 2023年” row (see layout.ts). */
  yearHeader?: true
  items: readonly Item[]
}

export interface Instruction {
  id: InstructionId
  text: string
}

export interface FormModel {
  /** “附件2” etc. — the printed cover lines that are not cells. */
  attachmentMark: string
  title: string
  issuer: string
  instructionsTitle: string
  instructions: readonly Instruction[]
  sections: readonly Section[]
}
