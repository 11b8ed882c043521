/** Pure cloud handlers with injected context: no wx-server-sdk, no SQLite, no HTTP. */
export { systemClock, type Caller, type Clock, type HandlerContext } from './context'
export { FUNCTIONS, isFunctionName, runFunction, type FunctionName } from './registry'
export type { WhoamiResult } from './whoami'
