import { randomUUID } from 'crypto'
import { formatAnswer } from '../../src/chat/format'
import { findItem } from '../../src/form'
import { createDeviceStore, type KeyValue } from '../../src/sync/deviceStore'
import { SyncSession } from '../../src/sync/session'
import { SyncClient } from '../../src/sync/syncClient'
import type { Client } from './client'

/**
 * One phone for integration tests: its own storage (`data`, copied to make an upgraded phone), the real device store,
 * sync client and session wired as src/sync/device.ts wires them, calling the local cloud over HTTP. `sent` records
 * each patch call's ops with their sizes.
 */
export function phoneOn(client: Client, appId: string, data = new Map<string, string>()) {
  const kv: KeyValue = { get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
  const sent: { itemId: string; bytes: number }[][] = []
  const sync = new SyncClient(
    {
      kv,
      call: async (name, body) => {
        if (name === 'patchAnswers') sent.push((body.ops as { itemId: string }[]).map((o) => ({ itemId: o.itemId, bytes: Buffer.byteLength(JSON.stringify(o)) })))
        return (await client.call(name, body)).body
      },
      now: () => Date.now(),
      newOpId: () => randomUUID()
    },
    appId
  )
  const session = new SyncSession(
    {
      store: createDeviceStore(kv, appId),
      sync,
      kv,
      labelOf: (id) => findItem(id)?.label ?? id,
      isList: (id) => findItem(id)?.kind === 'itemList',
      shown: (id, a) => {
        const item = findItem(id)
        return item ? formatAnswer(item, a.value) : ''
      }
    },
    appId
  )
  return { session, sent, data }
}
