import { jpegPhoto, sha256 } from '../../../test/fixtures/photos'
import { applicationWith } from '../../../test/helpers/storeAnswers'
import { memoryStorage } from '../../../test/helpers/memoryStorage'
import { runFunction, type HandlerContext } from './index'

async function setup() {
  const storage = memoryStorage()
  const { owner, appId, as } = await applicationWith({})
  const ctx = (c: HandlerContext): HandlerContext => ({ ...c, uploads: storage.uploads, links: storage.links })
  const join = async (openid: string, role: 'operator' | 'countyReviewer', name: string, sections: string[] = []) => {
    const invite = await runFunction('createInvite', { appId, role, expiresInHours: 24, maxUses: 1 }, owner)
    if (!invite.ok) throw new Error(invite.error.code)
    const joined = await runFunction('joinApplication', { token: (invite.data as { token: string }).token, displayName: name }, as(openid))
    if (!joined.ok) throw new Error(joined.error.code)
    if (sections.length > 0) {
      const members = await runFunction('listMembers', { appId }, owner)
      const m = (members.ok ? (members.data as { memberId: string; displayName: string }[]) : []).find((x) => x.displayName === name)
      const r = await runFunction('assignSections', { appId, memberId: m?.memberId, sections }, owner)
      if (!r.ok) throw new Error(r.error.code)
    }
    return ctx(as(openid))
  }
  /** The caller's folder for this application, as the app gets it. */
  const folderOf = async (c: HandlerContext) => {
    const r = await runFunction('evidenceFolder', { appId }, c)
    if (!r.ok) throw new Error(r.error.code)
    return (r.data as { folder: string }).folder
  }
  const upload = async (c: HandlerContext, bytes: Uint8Array, name = sha256(bytes)) => storage.put(`${await folderOf(c)}${name}.jpg`, bytes)
  return { appId, owner: ctx(owner), join, upload, storage, folderOf }
}

const errorOf = (r: Awaited<ReturnType<typeof runFunction>>) => (r.ok ? null : { code: r.error.code, message: r.error.message })
const claim = { itemId: 's2.chainWork', target: 's2.chainWork.1' }

describe('attaching an evidence photo', () => {
  test('a JPEG the member uploaded is recorded once, with who, when, its size and hash; a re-sent attach stores nothing new', async () => {
    const t = await setup()
    const photo = jpegPhoto(64, 48)
    const fileID = await t.upload(t.owner, photo)
    const first = await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID }, t.owner)
    expect(first).toEqual({
      ok: true,
      data: { photo: { hash: sha256(photo), ...claim, uploadedByName: '王负责', uploadedAt: '2024-04-01T02:00:00.000Z', bytes: photo.length, width: 64, height: 48, removed: false } }
    })
    const again = await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID }, t.owner)
    expect(again).toEqual(first)
    const list = await runFunction('listEvidence', { appId: t.appId }, t.owner)
    expect(list.ok && (list.data as { photos: unknown[] }).photos).toHaveLength(1)
  })

  test('a text file named .jpg is refused as not a photo, and nothing is recorded', async () => {
    const t = await setup()
    const text = Buffer.from('这不是照片，只是一段文字。')
    const fileID = await t.upload(t.owner, text)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(text), fileID }, t.owner))).toEqual({
      code: 'EVIDENCE_NOT_IMAGE',
      message: '这个文件不是可以打开的 JPEG 照片，请重新拍照或选择。'
    })
    const list = await runFunction('listEvidence', { appId: t.appId }, t.owner)
    expect(list.ok && (list.data as { photos: unknown[] }).photos).toEqual([])
  })

  test('a JPEG signature over garbage does not pass: the photo must decode', async () => {
    const t = await setup()
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)])
    const fileID = await t.upload(t.owner, fake)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(fake), fileID }, t.owner))?.code).toBe('EVIDENCE_NOT_IMAGE')
  })

  test('a zero-byte file and a file over 1 MB are refused with their own messages', async () => {
    const t = await setup()
    const empty = Buffer.alloc(0)
    const emptyId = await t.upload(t.owner, empty)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(empty), fileID: emptyId }, t.owner))).toEqual({
      code: 'EVIDENCE_EMPTY',
      message: '照片文件是空的，请重新拍照或选择。'
    })
    const big = Buffer.concat([jpegPhoto(), Buffer.alloc(1024 * 1024)])
    const bigId = await t.upload(t.owner, big)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(big), fileID: bigId }, t.owner))).toEqual({
      code: 'EVIDENCE_TOO_LARGE',
      message: '照片文件过大（压缩后应不超过 1 MB），请重新拍照或选择。'
    })
  })

  test("another member's upload, another application's file and a path with .. are all refused as not the caller's", async () => {
    const t = await setup()
    const photo = jpegPhoto()
    const elsewhere = t.storage.put(`evidence/app_other/o_owner/${sha256(photo)}.jpg`, photo)
    const traversal = t.storage.put(`${await t.folderOf(t.owner)}../../x/${sha256(photo)}.jpg`, photo)
    const colleague = await t.join('o_op', 'operator', '李填报', ['s2'])
    const theirs = await t.upload(colleague, photo)
    for (const fileID of [elsewhere, traversal, theirs])
      expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID }, t.owner))).toEqual({
        code: 'EVIDENCE_FORBIDDEN',
        message: '只能使用您本人为这份申报上传的照片。'
      })
  })

  test('a file whose bytes do not match the hash it is named by is refused as damaged', async () => {
    const t = await setup()
    const photo = jpegPhoto(64, 48, 1)
    const named = sha256(jpegPhoto(64, 48, 2))
    const fileID = await t.upload(t.owner, photo, named)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: named, fileID }, t.owner))).toEqual({
      code: 'EVIDENCE_HASH_MISMATCH',
      message: '照片在上传中损坏，请重新上传。'
    })
  })

  test('only those who may write the item attach: not a reviewer, not an operator of another section, not an outsider', async () => {
    const t = await setup()
    const photo = jpegPhoto()
    const fileID = await t.upload(t.owner, photo)
    const reviewer = await t.join('o_rev', 'countyReviewer', '张审核')
    const operator = await t.join('o_op', 'operator', '李填报', ['s3'])
    expect(errorOf(await runFunction('evidenceFolder', { appId: t.appId }, reviewer))?.code).toBe('READ_ONLY_ROLE')
    const ownUpload = await t.upload(operator, photo)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID: ownUpload }, operator))?.code).toBe('SECTION_NOT_ASSIGNED')
    const outsider = { ...t.owner, caller: { openid: 'o_stranger', displayName: null } }
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID }, outsider))?.code).toBe('NOT_MEMBER')
  })

  test('an item the form asks no proof for takes no photo', async () => {
    const t = await setup()
    const photo = jpegPhoto()
    const fileID = await t.upload(t.owner, photo)
    expect(errorOf(await runFunction('attachEvidence', { appId: t.appId, itemId: 's1.area', target: '', hash: sha256(photo), fileID }, t.owner))).toEqual({
      code: 'EVIDENCE_NOT_NEEDED',
      message: '这一栏不需要佐证材料，照片未保存。'
    })
  })

  test('malformed events are refused before anything is read: a hash that is not SHA-256 hex, a target with a slash, an openid in the event', async () => {
    const t = await setup()
    const base = { appId: t.appId, ...claim, hash: 'a'.repeat(64), fileID: 'cloud://e.b/x.jpg' }
    expect(errorOf(await runFunction('attachEvidence', { ...base, hash: '../etc/passwd' }, t.owner))?.code).toBe('INVALID_EVENT')
    expect(errorOf(await runFunction('attachEvidence', { ...base, target: 'a/b' }, t.owner))?.code).toBe('INVALID_EVENT')
    expect(errorOf(await runFunction('attachEvidence', { ...base, openid: 'o_owner' }, t.owner))?.code).toBe('CALLER_IN_EVENT')
  })
})

describe('looking at and removing evidence photos', () => {
  test('every member, the reviewer too, gets short-lived links; a hash of another application is left out', async () => {
    const t = await setup()
    const photo = jpegPhoto()
    const fileID = await t.upload(t.owner, photo)
    await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID }, t.owner)
    const reviewer = await t.join('o_rev', 'countyReviewer', '张审核')
    const r = await runFunction('evidencePhotos', { appId: t.appId, hashes: [sha256(photo), 'b'.repeat(64)] }, reviewer)
    expect(r.ok && (r.data as { photos: { hash: string; url?: string }[] }).photos.map((p) => [p.hash, p.url])).toEqual([[sha256(photo), `https://tmp.example/${await t.folderOf(t.owner)}${sha256(photo)}.jpg`]])
    const outsider = { ...t.owner, caller: { openid: 'o_stranger', displayName: null } }
    expect(errorOf(await runFunction('evidencePhotos', { appId: t.appId, hashes: [sha256(photo)] }, outsider))?.code).toBe('NOT_MEMBER')
  })

  test('removing is logged on the record and only a writer of the item may do it; a removed photo gets no link', async () => {
    const t = await setup()
    const photo = jpegPhoto()
    const fileID = await t.upload(t.owner, photo)
    await runFunction('attachEvidence', { appId: t.appId, ...claim, hash: sha256(photo), fileID }, t.owner)
    const reviewer = await t.join('o_rev', 'countyReviewer', '张审核')
    expect(errorOf(await runFunction('removeEvidence', { appId: t.appId, hash: sha256(photo) }, reviewer))?.code).toBe('READ_ONLY_ROLE')
    const removed = await runFunction('removeEvidence', { appId: t.appId, hash: sha256(photo) }, t.owner)
    expect(removed.ok && (removed.data as { photo: { removed: boolean } }).photo.removed).toBe(true)
    const record = (await t.owner.store.getEvidence(t.appId, [sha256(photo)]))[0]
    expect(record.log.map((l) => l.action)).toEqual(['add', 'remove'])
    const r = await runFunction('evidencePhotos', { appId: t.appId, hashes: [sha256(photo)] }, t.owner)
    expect(r.ok && (r.data as { photos: unknown[] }).photos).toEqual([])
    expect(errorOf(await runFunction('removeEvidence', { appId: t.appId, hash: 'c'.repeat(64) }, t.owner))).toEqual({ code: 'EVIDENCE_NOT_FOUND', message: '这张照片不在这份申报中。' })
  })
})
