import { jpegPhoto, sha256 } from '../../test/fixtures/photos'
import { memoryStorage } from '../../test/helpers/memoryStorage'
import { applicationWith } from '../../test/helpers/storeAnswers'
import { runFunction, type HandlerContext } from '../cloud/core'
import { fail, type CloudResult } from '../errors'
import type { KeyValue } from '../sync/deviceStore'
import { EvidenceQueue, PHOTO_MISSING_ON_DEVICE, type QueuePorts } from './queue'

const claim = { itemId: 's2.chainWork', target: 's2.chainWork.1' }

/** A phone (its storage survives “kills”: a new queue over the same kv) talking to the real handlers. */
async function world() {
  const storage = memoryStorage()
  const { owner, appId } = await applicationWith({})
  const ctx: HandlerContext = { ...owner, uploads: storage.uploads, links: storage.links }
  const kv = new Map<string, string>()
  const deviceKv: KeyValue = { get: (k) => kv.get(k) ?? null, set: (k, v) => void kv.set(k, v) }
  const onDevice = new Map<string, Blob | string>()
  let clock = 1_000_000
  let online = true
  /** Lose the reply of the next attach (the request arrives, the answer does not). */
  let dropNextAttachReply = false
  const calls: string[] = []
  const ports: QueuePorts = {
    kv: deviceKv,
    now: () => clock,
    call: async (name, data) => {
      calls.push(name)
      if (!online) return fail('NETWORK')
      const r = (await runFunction(name, data, ctx)) as CloudResult<any>
      if (name === 'attachEvidence' && dropNextAttachReply) {
        dropNextAttachReply = false
        return fail('NETWORK')
      }
      return r
    },
    upload: async (cloudPath, source) => {
      calls.push('upload')
      if (!online) return fail('NETWORK')
      return { ok: true, data: { fileID: storage.put(cloudPath, source as unknown as Uint8Array) } }
    },
    source: async (hash) => onDevice.get(hash) ?? null
  }
  const photo = (seed: number) => {
    const bytes = jpegPhoto(64, 48, seed)
    onDevice.set(sha256(bytes), bytes as unknown as string)
    return sha256(bytes)
  }
  const records = async () => {
    const r = await runFunction('listEvidence', { appId }, ctx)
    return r.ok ? (r.data as { photos: { hash: string; removed: boolean }[] }).photos : []
  }
  return {
    appId,
    ports,
    photo,
    records,
    calls,
    onDevice,
    queue: () => new EvidenceQueue(ports, appId),
    offline: () => (online = false),
    online: () => (online = true),
    later: (ms: number) => (clock += ms),
    dropNextAttachReply: () => (dropNextAttachReply = true)
  }
}

describe('the evidence upload queue', () => {
  test('a photo taken offline waits on the device, is retried with backoff, and ends as exactly one record', async () => {
    const w = await world()
    const hash = w.photo(1)
    w.offline()
    const q = w.queue()
    q.attach(hash, claim.itemId, claim.target)
    await q.run()
    expect(q.stateOf(hash)).toBe('uploading')
    expect(await w.records()).toEqual([])
    w.online()
    await q.run()
    expect(w.calls.filter((c) => c === 'upload')).toHaveLength(0) // still in its backoff
    w.later(2000)
    await q.run()
    expect(q.stateOf(hash)).toBe('uploaded')
    expect((await w.records()).map((r) => r.hash)).toEqual([hash])
  })

  test('killed after the upload arrived but before its reply: the job survives on the device and the retry stores one record', async () => {
    const w = await world()
    const hash = w.photo(2)
    w.queue().attach(hash, claim.itemId, claim.target)
    w.dropNextAttachReply()
    await w.queue().run()
    expect(await w.records()).toHaveLength(1) // stored, but the phone did not hear it
    const afterRestart = w.queue() // the app was killed: a new queue reads the same device storage
    expect(afterRestart.stateOf(hash)).toBe('uploading')
    w.later(60_000)
    await afterRestart.run()
    expect(afterRestart.stateOf(hash)).toBe('uploaded')
    expect(await w.records()).toHaveLength(1)
  })

  test('a photo the cloud refuses is kept with the reason and not retried on its own', async () => {
    const w = await world()
    const text = new TextEncoder().encode('不是照片')
    const hash = sha256(text)
    w.onDevice.set(hash, text as unknown as string)
    const q = w.queue()
    q.attach(hash, claim.itemId, claim.target)
    await q.run()
    expect(q.stateOf(hash)).toBe('refused')
    expect(q.refusalOf(hash)).toBe('这个文件不是可以打开的 JPEG 照片，请重新拍照或选择。')
    const before = w.calls.length
    w.later(600_000)
    await q.run()
    expect(w.calls.length).toBe(before)
  })

  test('a photo no longer on the device is reported, not retried forever', async () => {
    const w = await world()
    const hash = w.photo(3)
    w.onDevice.clear()
    const q = w.queue()
    q.attach(hash, claim.itemId, claim.target)
    await q.run()
    expect(q.refusalOf(hash)).toBe(PHOTO_MISSING_ON_DEVICE)
    expect(PHOTO_MISSING_ON_DEVICE).toBe('这张照片已不在本机（可能清理了微信存储），请重新拍照。')
  })

  test('removing an uploaded photo offline is logged in the cloud once the network is back; an unsent one is just dropped', async () => {
    const w = await world()
    const kept = w.photo(4)
    const unsent = w.photo(5)
    const q = w.queue()
    q.attach(kept, claim.itemId, claim.target)
    await q.run()
    w.offline()
    q.attach(unsent, claim.itemId, claim.target)
    q.remove(unsent, claim.itemId, claim.target)
    q.remove(kept, claim.itemId, claim.target)
    await q.run()
    expect((await w.records()).map((r) => r.removed)).toEqual([false])
    w.online()
    w.later(2000)
    await q.run()
    expect(q.jobs).toEqual([])
    expect((await w.records()).map((r) => [r.hash, r.removed])).toEqual([[kept, true]])
  })
})
