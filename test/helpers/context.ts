import type { HandlerContext } from '../../src/cloud/core'
import { createWxStore } from '../../src/cloud/ports/wxStore'
import { createWxDatabaseStandIn } from '../stand-ins/wxDatabase'

/** A handler context for unit tests: frozen clock, predictable random ids, the store on the stand-in DB. */
export function testContext(openid: string | null, now = '2024-04-01T02:00:00.000Z', store = createWxStore(createWxDatabaseStandIn())): HandlerContext {
  let n = 0
  return {
    caller: openid === null ? null : { openid, displayName: null },
    clock: { now: () => new Date(now) },
    store,
    random: (bytes) => (++n).toString(16).padStart(bytes * 2, '0')
  }
}
