/** The 申报表 model: one public entry. Pure data and queries; no platform imports. */
export * from './types'
export { FORM } from './model'
export { INSTRUCTIONS, instructionText } from './instructions'
export {
  allItems,
  answerableItems,
  assertNever,
  findItem,
  getSection,
  helpText,
  qualifiedLabel,
  isAnswerable,
  sectionNumeral,
  sectionOf,
  sectionSummaries,
  type SectionSummary
} from './queries'
export { formTexts, itemTexts } from './texts'
export { DATE_BLANK, LABEL_COLON, YEAR_HEADER, isGroupCell, noteInLabel, yearLabel, yearRowLayout, type YearRowLayout } from './layout'
