import { z } from 'zod'
import { ok, type CloudResult } from '../../errors'
import type { Caller, HandlerContext } from './context'
import { define } from './define'

export const whoamiEvent = z.object({}).strict()

export interface WhoamiResult {
  openid: string
  displayName: string | null
  serverTime: string
}

/** Tells the app who the platform says the caller is; the first call after login proves the session works. */
export function whoami(_event: z.infer<typeof whoamiEvent>, ctx: HandlerContext & { caller: Caller }): CloudResult<WhoamiResult> {
  return ok({ openid: ctx.caller.openid, displayName: ctx.caller.displayName, serverTime: ctx.clock.now().toISOString() })
}

export const whoamiFunction = define(whoamiEvent, whoami)
