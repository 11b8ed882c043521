/** The conversation: pure TypeScript, no platform imports. */
export { firstQuestion, questionFor, type BotQuestion } from './question'
