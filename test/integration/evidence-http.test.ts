/**
 * Evidence photos over real HTTP on the local cloud: the upload route, the record in SQLite, the signed photo
 * links, and the bad inputs of issue “evidence photos” (text named .jpg, 30 MB, zero bytes, path traversal,
 * another application's file), each refused with its Chinese message and nothing recorded.
 */
import { jpegPhoto, sha256 } from '../fixtures/photos'
import { Client } from '../helpers/client'
import { rowCount, startCloud } from '../helpers/localCloud'

describe('evidence photos on the local cloud', () => {
  let cloud: Awaited<ReturnType<typeof startCloud>>
  beforeAll(async () => {
    cloud = await startCloud()
  })
  afterAll(() => cloud.close())

  async function owner(name: string) {
    const c = await Client.login(cloud, name)
    const app = await c.ok('createApplication', {})
    const { folder } = await c.ok('evidenceFolder', { appId: app.id })
    return { c, appId: app.id as string, folder: folder as string }
  }

  it('stores an uploaded photo once as a record in SQLite, and its link serves the JPEG to members only while valid', async () => {
    const o = await owner('证据负责人')
    const photo = jpegPhoto(200, 150)
    const hash = sha256(photo)
    const up = await o.c.upload(`${o.folder}${hash}.jpg`, photo, 'image/jpeg')
    expect(up.status).toBe(200)
    const claim = { appId: o.appId, itemId: 's2.chainWork', target: 's2.chainWork.1', hash, fileID: up.body.data.fileID }
    await o.c.ok('attachEvidence', claim)
    const again = await o.c.upload(`${o.folder}${hash}.jpg`, photo, 'image/jpeg')
    await o.c.ok('attachEvidence', { ...claim, fileID: again.body.data.fileID })
    expect(rowCount(cloud.dataDir, 'evidence')).toBe(1)

    const { photos } = await o.c.ok('evidencePhotos', { appId: o.appId, hashes: [hash] })
    const link = `${cloud.url}${photos[0].url}`
    const served = await fetch(link)
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/jpeg'])
    expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true)
    // A link with its signature changed, or pointing at another path, serves nothing.
    const forged = link.replace(/s=([0-9a-f])/, (_m, c: string) => `s=${c === '0' ? '1' : '0'}`)
    expect((await fetch(forged)).status).toBe(404)
    expect((await fetch(link.replace(hash, 'f'.repeat(64)))).status).toBe(404)
    const outsider = await Client.login(cloud, '外人')
    expect((await outsider.call('evidencePhotos', { appId: o.appId, hashes: [hash] })).body.error.message).toBe('您不是该申报的成员，或已被移出。')
  })

  it('an expired link serves nothing', async () => {
    let now = new Date('2024-04-01T00:00:00Z')
    const timed = await startCloud(undefined, undefined, () => now)
    try {
      const c = await Client.login(timed, '限时')
      const app = await c.ok('createApplication', {})
      const { folder } = await c.ok('evidenceFolder', { appId: app.id })
      const photo = jpegPhoto(64, 48, 3)
      const up = await c.upload(`${folder}${sha256(photo)}.jpg`, photo, 'image/jpeg')
      await c.ok('attachEvidence', { appId: app.id, itemId: 's2.chainWork', target: 's2.chainWork.1', hash: sha256(photo), fileID: up.body.data.fileID })
      const { photos } = await c.ok('evidencePhotos', { appId: app.id, hashes: [sha256(photo)] })
      expect((await fetch(`${timed.url}${photos[0].url}`)).status).toBe(200)
      now = new Date(now.getTime() + 2 * 60 * 60 * 1000 + 1)
      expect((await fetch(`${timed.url}${photos[0].url}`)).status).toBe(404)
    } finally {
      await timed.close()
    }
  })

  it('refuses a text file named .jpg, a zero-byte file, a 30 MB upload, a path with .., another user’s folder and another application’s file, recording nothing', async () => {
    const o = await owner('坏输入负责人')
    const other = await owner('另一申报')
    const before = rowCount(cloud.dataDir, 'evidence')
    const attach = (hash: string, fileID: string, as = o.c) => as.call('attachEvidence', { appId: o.appId, itemId: 's2.chainWork', target: 's2.chainWork.1', hash, fileID })

    const text = Buffer.from('这是一段文字，不是照片。')
    const t = await o.c.upload(`${o.folder}${sha256(text)}.jpg`, text, 'image/jpeg')
    expect((await attach(sha256(text), t.body.data.fileID)).body.error.message).toBe('这个文件不是可以打开的 JPEG 照片，请重新拍照或选择。')

    const empty = Buffer.alloc(0)
    const e = await o.c.upload(`${o.folder}${sha256(empty)}.jpg`, empty, 'image/jpeg')
    expect((await attach(sha256(empty), e.body.data.fileID)).body.error.message).toBe('照片文件是空的，请重新拍照或选择。')

    const big = await o.c.upload(`${o.folder}${'a'.repeat(64)}.jpg`, Buffer.alloc(30 * 1024 * 1024), 'image/jpeg')
    expect([big.status, big.body.error.message]).toEqual([413, '请求内容过大，请分批提交。'])

    const traversal = await o.c.upload(`${o.folder}../../x/${'b'.repeat(64)}.jpg`, jpegPhoto(), 'image/jpeg')
    expect([traversal.status, traversal.body.error.message]).toEqual([403, '只能使用您本人为这份申报上传的照片。'])
    const intruder = await other.c.upload(`${o.folder}${'c'.repeat(64)}.jpg`, jpegPhoto(), 'image/jpeg')
    expect(intruder.status).toBe(403)

    const theirs = jpegPhoto(64, 48, 9)
    const up = await other.c.upload(`${other.folder}${sha256(theirs)}.jpg`, theirs, 'image/jpeg')
    expect((await attach(sha256(theirs), up.body.data.fileID)).body.error.message).toBe('只能使用您本人为这份申报上传的照片。')
    expect(rowCount(cloud.dataDir, 'evidence')).toBe(before)
  })
})
