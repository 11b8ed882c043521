import { answerableItems, assertNever, helpText, type Item, type SectionId } from '../form'

/** What the bot asks for one item: everything the chat bubble shows, straight from the model. */
export interface BotQuestion {
  itemId: string
  label: string
  hint?: string
  note?: string
  group?: string
  unit?: string
  /** e.g. “请分别填写2021年、2022年、2023年的数值” for a year row. */
  expects: string
  /** Quick-reply chips for choices and checklists. */
  options: string[]
  /** 填报说明 sentences, shown on “怎么填？”. */
  help: string[]
}

function expects(item: Item): string {
  switch (item.kind) {
    case 'text':
      return item.format === 'personName' ? '请输入姓名' : '请输入文字'
    case 'phone':
      return '请输入手机号或带区号的座机号'
    case 'region':
      return `请依次填写${item.parts.join('、')}`
    case 'date':
      return '请输入日期，如 2024年3月15日'
    case 'number':
      return `请输入数值（单位：${item.unit}）`
    case 'yearRow':
      return `请分别填写${item.years.map((y) => `${y}年`).join('、')}的数值（单位：${item.unit}）`
    case 'choice':
      return '请选择一项'
    case 'checklist':
      // The printed note (注：勾选需提供佐证材料) is shown below the question: said once, not twice.
      return item.note?.includes('佐证') ? '可多选' : '可多选；勾选的每一项都需要佐证材料'
    case 'textBlock':
      return `请用${item.maxChars}字以内描述`
    case 'itemList':
      return `请逐条填写：${item.fields.map((f) => f.label).join('、')}`
    case 'standardsMatrix':
      return `请按${item.categories.join('、')}分别填写各年度主持数量和参与数量`
    case 'platforms':
      return `请按${item.tiers.length}类平台分别填写数量和名称`
    case 'countGroup':
      return `请分别填写${item.counts.map((c) => c.label).join('、')}`
    case 'plan':
      return `按提纲分部分撰写，合计${item.maxChars}字以内`
    case 'statement':
    case 'paperMark':
      return '在导出的纸质申报表上签字盖章'
    default:
      return assertNever(item)
  }
}

function unitOf(item: Item): string | undefined {
  switch (item.kind) {
    case 'number':
    case 'yearRow':
    case 'platforms':
      return item.unit
    default:
      return undefined
  }
}

function optionsOf(item: Item): string[] {
  return item.kind === 'choice' || item.kind === 'checklist' ? item.options.map((o) => o.label) : []
}

export function questionFor(item: Item): BotQuestion {
  const q: BotQuestion = {
    itemId: item.id,
    label: item.label,
    expects: expects(item),
    options: optionsOf(item),
    help: helpText(item)
  }
  const unit = unitOf(item)
  if (unit !== undefined) q.unit = unit
  if (item.hint !== undefined) q.hint = item.hint
  if (item.note !== undefined) q.note = item.note
  if (item.group !== undefined) q.group = item.group
  return q
}

/** The first question of a section, or undefined when the section has nothing to answer in the app. */
export function firstQuestion(sectionId: SectionId): BotQuestion | undefined {
  const first = answerableItems(sectionId)[0]
  return first === undefined ? undefined : questionFor(first)
}
