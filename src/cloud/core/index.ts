/** Pure cloud handlers with injected context: no wx-server-sdk, no SQLite, no HTTP. */
export { systemClock, type Caller, type Clock, type HandlerContext } from './context'
export { runDefinition, type FunctionDef } from './define'
export { FUNCTIONS, isFunctionName, runFunction, runRouted, type FunctionName } from './registry'
export { whoamiFunction, type WhoamiResult } from './whoami'
export { checkAnswersFunction, type CheckAnswersResult } from './checkAnswers'
export { exportApplicationFunction, type ExportFormat, type ExportResult } from './exportApplication'
export { type SubmitResult, type ToFix } from './submission'
export { statusOf, type ReviewStatus } from './review'
