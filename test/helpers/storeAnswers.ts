/** Stores a set of answers through `patchAnswers`, as an app would: batches under the event limits (src/cloud/limits.ts). */
import { runFunction, type HandlerContext } from '../../src/cloud/core'
import { MAX_EVENT_BYTES, MAX_OPS } from '../../src/cloud/limits'
import type { Answers } from '../../src/rules'

export async function storeAnswers(ctx: HandlerContext, appId: string, answers: Answers, opPrefix = 'op-store'): Promise<void> {
  const ops = Object.entries(answers).map(([itemId, a], i) => ({
    opId: `${opPrefix}-${String(i).padStart(6, '0')}`,
    itemId,
    value: a?.value,
    ...(a?.explanation ? { explanation: a.explanation } : {}),
    baseVersion: 0
  }))
  const budget = MAX_EVENT_BYTES - 4096
  let batch: typeof ops = []
  let bytes = 0
  const flush = async () => {
    if (batch.length === 0) return
    const r = await runFunction('patchAnswers', { appId, ops: batch }, ctx)
    if (!r.ok) throw new Error(`patchAnswers refused: ${r.error.code}`)
    const refused = (r.data as { results: { status: string; itemId: string; code?: string }[] }).results.filter((x) => x.status !== 'accepted')
    if (refused.length > 0) throw new Error(`ops not accepted: ${JSON.stringify(refused)}`)
    batch = []
    bytes = 0
  }
  for (const op of ops) {
    const size = Buffer.byteLength(JSON.stringify(op))
    if (batch.length === MAX_OPS || bytes + size > budget) await flush()
    batch.push(op)
    bytes += size
  }
  await flush()
}
