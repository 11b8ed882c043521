import { jpegPhoto, sha256 } from '../../../test/fixtures/photos'
import { applicationWith } from '../../../test/helpers/storeAnswers'
import { memoryStorage } from '../../../test/helpers/memoryStorage'
import type { ScreeningPort } from '../ports/screening'
import type { Answers } from '../../rules'
import { photosNotUploaded } from './evidence'
import { handleMediaCheck, MEDIA_CHECK_ACTOR } from './mediaCheck'
import { runFunction, type HandlerContext } from './index'

const claim = { itemId: 's2.chainWork', target: 's2.chainWork.1' }

/** A screening port that hands out trace ids in order and remembers what it was asked. */
function fakeScreening() {
  const asked: { fileID: string; openid: string }[] = []
  const port: ScreeningPort = { submit: async (p) => (asked.push(p), { submitted: true, traceId: `trace-${asked.length}` }) }
  return { port, asked }
}

async function setup(screening?: ScreeningPort) {
  const storage = memoryStorage()
  const { owner, appId } = await applicationWith({})
  const ctx: HandlerContext = { ...owner, uploads: storage.uploads, links: storage.links, ...(screening ? { screening } : {}) }
  const folder = await runFunction('evidenceFolder', { appId }, ctx)
  if (!folder.ok) throw new Error(folder.error.code)
  const attach = async (photo: Uint8Array) => {
    const fileID = storage.put(`${(folder.data as { folder: string }).folder}${sha256(photo)}.jpg`, photo)
    return runFunction('attachEvidence', { appId, ...claim, hash: sha256(photo), fileID }, ctx)
  }
  const record = async (photo: Uint8Array) => (await ctx.store.getEvidence(appId, [sha256(photo)]))[0]
  const push = (traceId: string, rest: Record<string, unknown> = { result: { suggest: 'pass', label: 100 } }) =>
    handleMediaCheck(
      { ToUserName: 'gh_406d9032abcd', FromUserName: 'oiRBY5ba_vhG2mcxs', CreateTime: 1762329554, MsgType: 'event', Event: 'wxa_media_check', appid: 'wx_test_app', trace_id: traceId, version: 2, detail: [], ...rest },
      { store: ctx.store, clock: { now: () => new Date('2024-04-01T03:00:00.000Z') } }
    )
  return { appId, ctx, attach, record, push }
}

describe('submitting an evidence photo to the platform’s content check', () => {
  test('a new photo is submitted once with its file and uploader, and its record says pending with the trace id', async () => {
    const s = fakeScreening()
    const t = await setup(s.port)
    const photo = jpegPhoto(64, 48)
    expect((await t.attach(photo)).ok).toBe(true)
    expect(s.asked).toEqual([{ fileID: (await t.record(photo)).fileID, openid: 'o_owner' }])
    expect((await t.record(photo)).screening).toEqual({ status: 'pending', traceId: 'trace-1' })
    // A re-sent upload is the same record: not submitted again, the trace id kept.
    expect((await t.attach(photo)).ok).toBe(true)
    expect(s.asked).toHaveLength(1)
    expect((await t.record(photo)).screening).toEqual({ status: 'pending', traceId: 'trace-1' })
  })

  test('without a screening port (the local cloud) the record honestly says unchecked', async () => {
    const t = await setup()
    const photo = jpegPhoto()
    expect((await t.attach(photo)).ok).toBe(true)
    expect((await t.record(photo)).screening).toEqual({ status: 'unchecked' })
  })

  test('a failed or throwing submission does not fail the attach: the record says unchecked', async () => {
    const failing = await setup({ submit: async () => ({ submitted: false, reason: 'security.mediaCheckAsync error 45009: quota' }) })
    const photo = jpegPhoto()
    const r = await failing.attach(photo)
    expect(r.ok && (r.data as { photo: { hash: string; removed: boolean } }).photo).toMatchObject({ hash: sha256(photo), removed: false })
    expect((await failing.record(photo)).screening).toEqual({ status: 'unchecked' })
    const throwing = await setup({ submit: () => Promise.reject(new Error('network down')) })
    expect((await throwing.attach(photo)).ok).toBe(true)
    expect((await throwing.record(photo)).screening).toEqual({ status: 'unchecked' })
  })
})

describe('the content check’s result push (wxa_media_check)', () => {
  test('pass and review are stored on the record, which stays in use', async () => {
    const t = await setup(fakeScreening().port)
    const a = jpegPhoto(64, 48)
    const b = jpegPhoto(48, 64)
    await t.attach(a)
    await t.attach(b)
    expect(await t.push('trace-1')).toEqual({ ok: true, data: { outcome: 'pass' } })
    expect(await t.push('trace-2', { result: { suggest: 'review', label: 20002 } })).toEqual({ ok: true, data: { outcome: 'review' } })
    expect((await t.record(a)).screening).toEqual({ status: 'pass', traceId: 'trace-1' })
    expect((await t.record(b)).screening).toEqual({ status: 'review', traceId: 'trace-2' })
    expect((await t.record(b)).removedAt).toBeNull()
  })

  test('risky removes the photo, logged by system:mediaCheck: it gets no link, its claim needs proof again and it cannot be attached again', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    expect(await t.push('trace-1', { result: { suggest: 'risky', label: 20002 } })).toEqual({ ok: true, data: { outcome: 'risky' } })
    const record = await t.record(photo)
    expect(record.screening).toEqual({ status: 'risky', traceId: 'trace-1' })
    expect(record.removedAt).toBe('2024-04-01T03:00:00.000Z')
    expect(record.log.map((l) => `${l.action}:${l.by}`)).toEqual(['add:o_owner', `remove:${MEDIA_CHECK_ACTOR}`])
    const photos = await runFunction('evidencePhotos', { appId: t.appId, hashes: [sha256(photo)] }, t.ctx)
    expect(photos.ok && (photos.data as { photos: unknown[] }).photos).toEqual([])
    const answers: Answers = { 's2.chainWork': { value: { ticked: ['s2.chainWork.1'], evidence: { 's2.chainWork.1': [sha256(photo)] } } } }
    expect((await photosNotUploaded(t.ctx.store, t.appId, answers)).map((c) => c.target)).toEqual(['s2.chainWork.1'])
    const again = await t.attach(photo)
    expect(again.ok ? null : { code: again.error.code, message: again.error.message }).toEqual({
      code: 'EVIDENCE_RISKY',
      message: '这张照片未通过微信平台的内容安全检测，不能作为佐证材料，请换一张证书照片。'
    })
    expect((await t.record(photo)).removedAt).toBe('2024-04-01T03:00:00.000Z')
  })

  test('the same push twice changes nothing the second time', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    await t.push('trace-1', { result: { suggest: 'risky', label: 20002 } })
    const after = await t.record(photo)
    expect(await t.push('trace-1', { result: { suggest: 'risky', label: 20002 } })).toEqual({ ok: true, data: { outcome: 'alreadyHandled' } })
    // A later, different verdict for a settled trace id does not undo it either.
    expect(await t.push('trace-1', { result: { suggest: 'pass', label: 100 } })).toEqual({ ok: true, data: { outcome: 'alreadyHandled' } })
    expect(await t.record(photo)).toEqual(after)
  })

  test('a push retried after the removal but before the verdict was stored completes it, logging the removal once', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    await t.ctx.store.removeEvidence(t.appId, sha256(photo), { action: 'remove', by: MEDIA_CHECK_ACTOR, at: '2024-04-01T03:00:00.000Z' })
    expect(await t.push('trace-1', { result: { suggest: 'risky', label: 20002 } })).toEqual({ ok: true, data: { outcome: 'risky' } })
    const record = await t.record(photo)
    expect(record.screening).toEqual({ status: 'risky', traceId: 'trace-1' })
    expect(record.log.map((l) => l.action)).toEqual(['add', 'remove'])
  })

  test('an unknown trace id is ignored with success, so WeChat does not retry it', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    expect(await t.push('68f351b2-75a4d3f0-04bd00ca', { result: { suggest: 'risky', label: 20002 } })).toEqual({ ok: true, data: { outcome: 'unknownTrace' } })
    expect((await t.record(photo)).screening).toEqual({ status: 'pending', traceId: 'trace-1' })
  })

  test('a push saying the check could not run leaves the photo in use, marked unchecked', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    expect(await t.push('trace-1', { result: undefined, errcode: 43104, errmsg: 'this appid does not have permission' })).toEqual({ ok: true, data: { outcome: 'unchecked' } })
    const record = await t.record(photo)
    expect(record.screening).toEqual({ status: 'unchecked' })
    expect(record.removedAt).toBeNull()
  })

  test('a malformed push is refused with a Chinese message and changes nothing', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    const message = '收到的内容安全检测结果格式不正确，未作处理。'
    expect(await t.push('trace-1', { result: { suggest: 'dangerous' } })).toEqual({ ok: false, error: { code: 'MEDIA_CHECK_INVALID', path: 'result.suggest', message } })
    expect(await t.push('trace-1', { result: undefined })).toEqual({ ok: false, error: { code: 'MEDIA_CHECK_INVALID', path: 'result', message } })
    expect(await t.push('', {})).toEqual({ ok: false, error: { code: 'MEDIA_CHECK_INVALID', path: 'trace_id', message } })
    const store = t.ctx.store
    const clock = t.ctx.clock
    expect(await handleMediaCheck({ MsgType: 'event', Event: 'subscribe_msg_event', trace_id: 'trace-1', result: { suggest: 'risky' } }, { store, clock })).toMatchObject({ ok: false, error: { code: 'MEDIA_CHECK_INVALID', path: 'Event' } })
    expect(await handleMediaCheck(null, { store, clock })).toMatchObject({ ok: false, error: { code: 'MEDIA_CHECK_INVALID', message } })
    expect((await t.record(photo)).screening).toEqual({ status: 'pending', traceId: 'trace-1' })
  })

  test('a call from the mini-program (an event carrying userInfo) cannot forge a verdict', async () => {
    const t = await setup(fakeScreening().port)
    const photo = jpegPhoto()
    await t.attach(photo)
    expect(await t.push('trace-1', { result: { suggest: 'pass' }, userInfo: { appId: 'wx_test_app', openId: 'o_owner' } })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您没有权限执行此操作。' }
    })
    expect((await t.record(photo)).screening).toEqual({ status: 'pending', traceId: 'trace-1' })
  })
})
