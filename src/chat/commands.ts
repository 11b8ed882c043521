/** Navigation said in words: “跳到第三部分”, “上一题”, “跳过”, “修改 2022年集群总产值”, “怎么填？”. */
import { FORM, allItems, isAnswerable, type SectionId } from '../form'
import { chineseToNumber } from './numbers'

export type Command =
  | { kind: 'jump'; section: SectionId }
  | { kind: 'previous' }
  | { kind: 'skip' }
  | { kind: 'help' }
  | { kind: 'edit'; itemId: string; year?: string }
  | { kind: 'editUnknown'; text: string }
  | { kind: 'redo' }

const SECTION_NUMBERS: SectionId[] = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9']

function sectionFrom(text: string): SectionId | undefined {
  if (/封面/.test(text)) return 'cover'
  const m = /第?([一二三四五六七八九\d])(?:部分|节|章|项|大项)?$/.exec(text)
  if (!m) return undefined
  const n = /\d/.test(m[1]) ? Number(m[1]) : Number(chineseToNumber(m[1]))
  return SECTION_NUMBERS[n - 1]
}

const normalizeLabel = (s: string) => s.replace(/[（(].*?[）)]/g, '').replace(/[\s：:“”"]/g, '')

/** Finds the item a person means by (part of) its printed label, optionally with a year. */
export function findItemByWords(words: string): { itemId: string; year?: string } | undefined {
  const yearMatch = /(202[123])\s*年?/.exec(words)
  const year = yearMatch?.[1]
  const target = normalizeLabel(words.replace(/202[123]\s*年?(的)?/, ''))
  if (target === '') return undefined
  const candidates = allItems().filter(isAnswerable)
  const exact = candidates.find((i) => normalizeLabel(i.label) === target)
  // Of the labels that contain the words, the one with the fewest other words: “有效发明专利拥有量” is the count
  // of patents, not “…从业人员每万人有效发明专利拥有量” printed before it. Ties keep the form's order.
  const containing = candidates.filter((i) => normalizeLabel(i.label).includes(target))
  const partial = exact ?? containing.reduce<(typeof containing)[number] | undefined>((best, i) => (best && normalizeLabel(best.label).length <= normalizeLabel(i.label).length ? best : i), undefined)
  if (!partial) return undefined
  return year !== undefined && partial.kind === 'yearRow' ? { itemId: partial.id, year } : { itemId: partial.id }
}

export function parseCommand(raw: string): Command | undefined {
  const text = raw.normalize('NFKC').trim().replace(/[。！!？?]$/, '')
  if (/^(上一题|上一个|返回上一题|回到上一题)$/.test(text)) return { kind: 'previous' }
  if (/^(跳过|跳过此题|先跳过|下一题)$/.test(text)) return { kind: 'skip' }
  if (/^(怎么填|如何填写|填报说明|帮助|怎么填写)$/.test(text)) return { kind: 'help' }
  const jump = /^(?:跳到|跳转到|转到|去|打开)(.+)$/.exec(text)
  if (jump) {
    const section = sectionFrom(jump[1])
    if (section) return { kind: 'jump', section }
    const titled = FORM.sections.find((s) => s.title.includes(jump[1]))
    if (titled) return { kind: 'jump', section: titled.id }
  }
  // Bare “重新填写” (said after a warning, or as the bot suggested earlier): this question again.
  if (/^(重新填写|重填|重新填|修改答案|修改)$/.test(text)) return { kind: 'redo' }
  const edit = /^(?:修改|更改|改一下|重新填写?|编辑)\s*(.+)$/.exec(text)
  if (edit) {
    const found = findItemByWords(edit[1])
    return found ? { kind: 'edit', ...found } : { kind: 'editUnknown', text: edit[1] }
  }
  return undefined
}
