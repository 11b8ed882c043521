import { makeRouter } from '../adapter'

/** The one cloud function for user calls: `{fn, data}` → the named pure handler (src/cloud/core/registry.ts). */
export const main = makeRouter()
