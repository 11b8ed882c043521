import type { Answer } from '../../src/rules'
import { patentRows, PATENT_HEADER, THREE_ERRORS, toCsv } from '../fixtures/patentRows'
import { type Client, team } from '../helpers/client'
import { startCloud } from '../helpers/localCloud'
import { phoneOn } from '../helpers/phone'

type Entry = { id: string; fields: Record<string, string>; evidence?: string[] }

/** A phone (test/helpers/phone.ts) with its patent list at hand. */
function phone(client: Client, appId: string, data = new Map<string, string>()) {
  const p = phoneOn(client, appId, data)
  const entries = () => ((p.session.answers['s3.patentList']?.value as { entries?: Entry[] } | undefined)?.entries ?? []) as Entry[]
  return { ...p, entries }
}

const photo = (c: string) => c.repeat(64)

describe('a long list on two phones (lists stored in parts)', () => {
  let cloud: Awaited<ReturnType<typeof startCloud>>
  beforeAll(async () => {
    cloud = await startCloud()
  })
  afterAll(() => cloud.close())

  it('an imported 409-entry list reaches a colleague’s phone whole; each later edit sends one entry, with its photos, and both phones end equal', async () => {
    const { owner, b, appId } = await team(cloud)
    // The paste limit is one call: the rows go in three pastes (替换, then 追加 twice), each stored call by call.
    const rows = patentRows(412, THREE_ERRORS)
    for (const [k, part] of [rows.slice(0, 150), rows.slice(150, 300), rows.slice(300)].entries()) {
      const source = { text: toCsv(PATENT_HEADER, part, '\t') }
      const preview = await owner.ok('previewListImport', { appId, itemId: 's3.patentList', source })
      const event = { appId, itemId: 's3.patentList', source, mode: k === 0 ? 'replace' : 'append', baseVersion: preview.baseVersion, opId: `import-${k}` }
      for (let from = 0; ; ) {
        const r = await owner.ok('confirmListImport', { ...event, ...(from ? { from } : {}) })
        if (r.status !== 'partial') break
        from = r.done
      }
    }

    const mine = phone(owner, appId)
    const theirs = phone(b, appId)
    await mine.session.syncNow()
    await theirs.session.syncNow()
    expect(mine.entries()).toHaveLength(409)
    expect(theirs.entries().map((e) => e.id)).toEqual(mine.entries().map((e) => e.id))

    // The colleague photographs the certificate of entry 7: one entry goes, not the list.
    const list = theirs.entries()
    const withPhoto = list.map((e, i) => (i === 6 ? { ...e, evidence: [photo('a')] } : e))
    theirs.session.record([{ itemId: 's3.patentList', answer: { value: { entries: withPhoto } } }])
    await theirs.session.syncNow()
    expect(theirs.sent.flat().map((o) => o.itemId)).toEqual([`s3.patentList@${list[6].id}`])
    expect(Math.max(...theirs.sent.flat().map((o) => o.bytes))).toBeLessThan(1024)
    expect(theirs.session.unsynced).toBe(0)

    // The owner removes entry 1 and edits entry 2 at the same time: no conflict, nothing lost.
    const own = mine.entries()
    const edited = own.slice(1).map((e, i) => (i === 0 ? { ...e, fields: { ...e.fields, holder: '潍坊示例动力科技有限公司' } } : e))
    mine.session.record([{ itemId: 's3.patentList', answer: { value: { entries: edited } } }])
    await mine.session.syncNow()
    expect(mine.sent.flat().map((o) => o.itemId)).toEqual([`s3.patentList@${own[1].id}`, `s3.patentList@${own[0].id}`])
    // The owner imported the list: the colleague's photo on entry 7 is told (no conflict: different entries).
    expect(mine.session.takeNotices()).toEqual([{ itemId: 's3.patentList', text: '科技修改了您填写的“有效发明专利清单”中的 1 条。如有疑问，请与科技核对。' }])

    await theirs.session.syncNow()
    for (const p of [mine, theirs]) {
      const now = p.entries()
      expect(now).toHaveLength(408)
      expect(now[0].fields.holder).toBe('潍坊示例动力科技有限公司')
      expect(now[5].evidence).toEqual([photo('a')])
    }
    expect(mine.entries()).toEqual(theirs.entries())

    // A third phone (the owner's second device) shows the list in the same order, although the edited entries'
    // changes are the newest: “第N条” is the same patent everywhere.
    const third = phone(owner, appId)
    await third.session.syncNow()
    expect(third.entries().map((e) => e.id)).toEqual(mine.entries().map((e) => e.id))
    expect(third.entries()[0].fields.holder).toBe('潍坊示例动力科技有限公司')
    // A phone from before the order was kept (its answers there, no order yet) reads everything once and sorts.
    const old = new Map(third.data)
    old.delete(`cluster-declare.${appId}.listOrder.v1`)
    const scrambled = { value: { entries: [...third.entries()].reverse() } }
    old.set(`cluster-declare.${appId}.answers.s3.v2`, JSON.stringify({ ...JSON.parse(old.get(`cluster-declare.${appId}.answers.s3.v2`) ?? '{}'), 's3.patentList': scrambled }))
    const upgraded = phone(owner, appId, old)
    await upgraded.session.syncNow()
    expect(upgraded.entries().map((e) => e.id)).toEqual(mine.entries().map((e) => e.id))
    expect(upgraded.session.takeNotices()).toEqual([])

    // The owner takes the photo off entry 6 (now the sixth): the colleague who took it is told once, after sync.
    theirs.session.takeNotices()
    const photoed = mine.entries()[5]
    mine.session.record([{ itemId: 's3.patentList', answer: { value: { entries: mine.entries().map((e) => (e.id === photoed.id ? { id: e.id, fields: e.fields } : e)) } } }])
    await mine.session.syncNow()
    expect(mine.session.takeNotices()).toEqual([])
    await theirs.session.syncNow()
    expect(theirs.session.takeNotices()).toEqual([
      { itemId: 's3.patentList', text: '“有效发明专利清单”有 1 张佐证照片已被删除（由其他成员或平台内容检查）；如仍需要，请到“佐证材料”重新拍照。' }
    ])
    expect(theirs.session.takeNotices()).toEqual([])
  })

  it('a phone whose list was stored whole sends it in parts once, then only what changes', async () => {
    const { owner, appId } = await team(cloud)
    const entries: Entry[] = patentRows(3).map((r, i) => ({ id: `e${i + 1}`, fields: { name: r[0], type: r[1], number: r[2], holder: r[3], grantDate: r[4] } }))
    const p = phone(owner, appId)
    const answer = (list: Entry[]): Answer => ({ value: { entries: list } })
    p.session.record([{ itemId: 's3.patentList', answer: answer(entries) }])
    await p.session.flush(true)
    expect(p.sent.flat().map((o) => o.itemId)).toEqual(['s3.patentList@e1', 's3.patentList@e2', 's3.patentList@e3', 's3.patentList'])
    p.sent.length = 0
    p.session.record([{ itemId: 's3.patentList', answer: answer([...entries, { id: 'e4', fields: { ...entries[0].fields, number: patentRows(4)[3][2] } }]) }])
    await p.session.flush(true)
    expect(p.sent.flat().map((o) => o.itemId)).toEqual(['s3.patentList@e4'])
    const stored = await owner.ok('exportList', { appId, itemId: 's3.patentList' })
    expect(stored.count).toBe(4)
  })

  it('two phones changing the same patent at the same time: the later write stands, and each phone says whose', async () => {
    const { owner, b, appId } = await team(cloud)
    const text = toCsv(PATENT_HEADER, patentRows(3), '\t')
    await owner.ok('confirmListImport', { appId, itemId: 's3.patentList', source: { text }, mode: 'replace', baseVersion: 0, opId: 'import-same' })
    const mine = phone(owner, appId)
    const theirs = phone(b, appId)
    await mine.session.syncNow()
    await theirs.session.syncNow()
    const rename = (p: ReturnType<typeof phone>, name: string) =>
      p.session.record([{ itemId: 's3.patentList', answer: { value: { entries: p.entries().map((e, i) => (i === 1 ? { ...e, fields: { ...e.fields, name } } : e)) } } }])
    rename(theirs, '科技改的名称')
    rename(mine, '负责人改的名称')
    await theirs.session.flush(true)
    await mine.session.syncNow()
    expect(mine.session.takeNotices().map((n) => n.text)).toEqual(['“有效发明专利清单”：科技同时修改了这一项，已按您的填写保存；科技的填写“科技改的名称”已被替换，请与科技核对。'])
    await theirs.session.syncNow()
    expect(theirs.session.takeNotices().map((n) => n.text)).toEqual(['“有效发明专利清单”：负责人同时修改了这一项，已按负责人的填写保存；您的填写“科技改的名称”已被替换，请核对。'])
    expect(theirs.entries()[1].fields.name).toBe('负责人改的名称')
    expect(mine.entries()).toEqual(theirs.entries())
  })
})
