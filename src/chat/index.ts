/** The conversation: pure TypeScript, no platform imports. */
export { firstQuestion, questionFor, type BotQuestion } from './question'
export { currentQuestion, editItem, notify, openSection, reply, rescope, startChat, type EngineOptions } from './engine'
export { formatAnswer } from './format'
export { parseCommand, findItemByWords, type Command } from './commands'
export { readNumber, splitValues, chineseToNumber } from './numbers'
export { OPERATOR_SCOPE, scopeFor, sectionProgress, type SectionProgress } from './progress'
export { controlsFor, type Controls, type InputMode } from './controls'
export type { ChatState, Pending, Step, Tone, Turn, Write } from './types'
