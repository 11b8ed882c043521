import type { z } from 'zod'
import { fail, type CloudResult } from '../../errors'
import type { Caller, HandlerContext } from './context'
import { whoami, whoamiEvent } from './whoami'

type Signed = HandlerContext & { caller: Caller }
type Handler<E> = (event: E, ctx: Signed) => CloudResult<unknown> | Promise<CloudResult<unknown>>

/** A function as the dispatcher sees it: its schema, and its handler with the event type erased. */
interface FunctionDef {
  event: z.ZodTypeAny
  handler: Handler<never>
}

const define = <S extends z.ZodTypeAny>(event: S, handler: Handler<z.infer<S>>): FunctionDef => ({ event, handler })

/** Every cloud function, by name. The WeChat adapters and the local cloud both dispatch through this table. */
export const FUNCTIONS = {
  whoami: define(whoamiEvent, whoami)
}

export type FunctionName = keyof typeof FUNCTIONS

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name)
}

/** Keys that would let a request pick its own identity; refused outright rather than ignored. */
const CALLER_KEYS = ['openid', 'openId', 'OPENID', 'userId', 'uid', 'caller', 'unionid', 'appid']

/**
 * Validates the event with the function's zod schema and runs the handler. Handlers never see an
 * unvalidated event or a missing caller.
 */
export async function runFunction(name: string, event: unknown, ctx: HandlerContext): Promise<CloudResult<unknown>> {
  if (!isFunctionName(name)) return fail('UNKNOWN_FUNCTION')
  const def: FunctionDef = FUNCTIONS[name]
  if (ctx.caller === null) return fail('UNAUTHENTICATED')
  if (event !== null && typeof event === 'object' && !Array.isArray(event)) {
    const forged = Object.keys(event).find((k) => CALLER_KEYS.includes(k))
    if (forged !== undefined) return fail('CALLER_IN_EVENT', forged)
  }
  const parsed = def.event.safeParse(event ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path.join('.') || (issue && 'keys' in issue ? (issue.keys as string[]).join(',') : undefined)
    return fail('INVALID_EVENT', path || undefined)
  }
  try {
    return await (def.handler as Handler<unknown>)(parsed.data, { ...ctx, caller: ctx.caller })
  } catch (err) {
    console.error(`cloud function ${name} failed`, err)
    return fail('INTERNAL')
  }
}
