import type { z } from 'zod'
import { fail, type CloudResult } from '../../errors'
import type { Caller, HandlerContext } from './context'
import { MAX_EVENT_BYTES, utf8Length } from './input'

export type SignedContext = HandlerContext & { caller: Caller }
type Handler<E> = (event: E, ctx: SignedContext) => CloudResult<unknown> | Promise<CloudResult<unknown>>

/** A cloud function as the dispatcher sees it: its zod schema and its handler, the event type erased. */
export interface FunctionDef {
  event: z.ZodTypeAny
  handler: Handler<never>
  limits: Limits
}

/** Checked before the schema runs, so an oversized request costs nothing (zod would parse every element). */
export interface Limits {
  /** Top-level array fields and their largest length. */
  arrays?: Record<string, number>
}

export const define = <S extends z.ZodTypeAny>(event: S, handler: Handler<z.infer<S>>, limits: Limits = {}): FunctionDef => ({ event, handler, limits })

/** Keys that would let a request pick its own identity; refused outright rather than ignored. */
export const CALLER_KEYS = ['openid', 'openId', 'OPENID', 'userId', 'uid', 'caller', 'unionid', 'appid']

/**
 * Validates the event with the function's zod schema and runs the handler. Handlers never see an
 * unvalidated event or a missing caller. The router cloud function (runRouted) runs it for every call.
 */
export async function runDefinition(name: string, def: FunctionDef, event: unknown, ctx: HandlerContext): Promise<CloudResult<unknown>> {
  if (ctx.caller === null) return fail('UNAUTHENTICATED')
  if (event !== null && typeof event === 'object' && !Array.isArray(event)) {
    const forged = Object.keys(event).find((k) => CALLER_KEYS.includes(k))
    if (forged !== undefined) return fail('CALLER_IN_EVENT', forged)
    for (const [key, max] of Object.entries(def.limits.arrays ?? {})) {
      const value = (event as Record<string, unknown>)[key]
      if (Array.isArray(value) && value.length > max) return fail('PAYLOAD_TOO_LARGE', key)
    }
  }
  if (utf8Length(JSON.stringify(event ?? {}) ?? '') > MAX_EVENT_BYTES) return fail('PAYLOAD_TOO_LARGE')
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
