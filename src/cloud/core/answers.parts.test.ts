import { applicationWith } from '../../../test/helpers/storeAnswers'
import { storedAnswers } from './storedAnswers'
import { runFunction } from './index'

const entry = (id: string, name = '一种集群示例装置及方法1') => ({ id, fields: { name, type: '发明专利', number: 'ZL201810000001.2', holder: '山东示例1号科技有限公司' } })
const part = (opId: string, entryId: string, value: unknown, extra: Record<string, unknown> = {}) => ({ opId, itemId: `s3.patentList@${entryId}`, value, baseVersion: 0, ...extra })

type Result = { opId: string; status: string; code?: string; message?: string; version?: number }
const results = (r: Awaited<ReturnType<typeof runFunction>>) => (r.ok ? (r.data as { results: Result[] }).results : [])

describe('list entries written one by one (src/rules/listParts.ts)', () => {
  it('stores each entry as its own versioned part, ordered by when it was first stored, and an edit keeps its place', async () => {
    const { owner, appId } = await applicationWith({})
    const first = await runFunction('patchAnswers', { appId, ops: [part('op-part-0001', 'e1', entry('e1')), part('op-part-0002', 'e2', entry('e2', '第二项'))] }, owner)
    expect(results(first).map((x) => [x.status, x.version])).toEqual([
      ['accepted', 1],
      ['accepted', 1]
    ])
    const edit = await runFunction('patchAnswers', { appId, ops: [part('op-part-0003', 'e1', entry('e1', '改过的名称'), { baseVersion: 1 })] }, owner)
    expect(results(edit)[0]).toMatchObject({ status: 'accepted', version: 2 })
    const answers = await storedAnswers(owner.store, appId)
    expect((answers['s3.patentList'].value as { entries: { fields: { name: string } }[] }).entries.map((e) => e.fields.name)).toEqual(['改过的名称', '第二项'])
  })

  it('lets two members edit different entries of one list at the same time without a conflict', async () => {
    const { owner, appId, as } = await applicationWith({})
    const invite = await runFunction('createInvite', { appId, role: 'operator', expiresInHours: 24, maxUses: 1 }, owner)
    const operator = as('o_operator')
    await runFunction('joinApplication', { token: (invite.ok && (invite.data as { token: string }).token) || '', displayName: '李工' }, operator)
    await runFunction('assignSections', { appId, memberId: await memberIdOf(owner, appId, '李工'), sections: ['s3'] }, owner)
    await runFunction('patchAnswers', { appId, ops: [part('op-part-0011', 'e1', entry('e1')), part('op-part-0012', 'e2', entry('e2'))] }, owner)
    const mine = await runFunction('patchAnswers', { appId, ops: [part('op-part-0013', 'e1', entry('e1', '负责人改'), { baseVersion: 1 })] }, owner)
    const theirs = await runFunction('patchAnswers', { appId, ops: [part('op-part-0014', 'e2', entry('e2', '李工改'), { baseVersion: 1 })] }, operator)
    expect([results(mine)[0].status, results(theirs)[0].status]).toEqual(['accepted', 'accepted'])
  })

  it('removes an entry with null, and the assembled list no longer has it', async () => {
    const { owner, appId } = await applicationWith({})
    await runFunction('patchAnswers', { appId, ops: [part('op-part-0021', 'e1', entry('e1')), part('op-part-0022', 'e2', entry('e2', '第二项'))] }, owner)
    const removed = await runFunction('patchAnswers', { appId, ops: [part('op-part-0023', 'e1', null, { baseVersion: 1 })] }, owner)
    expect(results(removed)[0]).toMatchObject({ status: 'accepted', version: 2 })
    const answers = await storedAnswers(owner.store, appId)
    expect((answers['s3.patentList'].value as { entries: { id: string }[] }).entries.map((e) => e.id)).toEqual(['e2'])
  })

  it('refuses, with a message and nothing stored: an entry whose id is not the one in its key, a column the list does not print, an explanation on an entry, an item that is not a list, and a number in a wrong format', async () => {
    const { owner, appId } = await applicationWith({})
    const r = await runFunction(
      'patchAnswers',
      {
        appId,
        ops: [
          part('op-bad-00001', 'e1', entry('e2')),
          part('op-bad-00002', 'e1', { ...entry('e1'), fields: { ...entry('e1').fields, secret: 'x' } }),
          part('op-bad-00003', 'e1', entry('e1'), { explanation: '说明' }),
          { opId: 'op-bad-00004', itemId: 's1.area@e1', value: entry('e1'), baseVersion: 0 },
          part('op-bad-00005', 'e1', { ...entry('e1'), fields: { ...entry('e1').fields, type: '实用新型' } })
        ]
      },
      owner
    )
    expect(results(r).map((x) => [x.code, x.message])).toEqual([
      ['INVALID_LIST_ENTRY', '清单中的这一条格式不对（编号或栏目不符），未保存。'],
      ['UNSAFE_VALUE_KEY', '填写内容中含有不允许的字段名，未保存。'],
      ['INVALID_LIST_ENTRY', '清单中的这一条格式不对（编号或栏目不符），未保存。'],
      ['UNKNOWN_ITEM', '申报表中没有这一栏。'],
      ['VALUE_REFUSED', '填写的内容不符合要求，未保存。']
    ])
    expect((results(r)[4] as { messages?: string[] }).messages).toEqual(['“有效发明专利清单·类型”的选项不在申报表所列选项中。'])
    const pulled = await runFunction('pullAnswers', { appId, since: 0 }, owner)
    expect(pulled.ok && (pulled.data as { fields: unknown[] }).fields).toEqual([])
  })

  it('refuses a county reviewer’s entry like any other write of theirs', async () => {
    const { owner, appId, as } = await applicationWith({})
    const invite = await runFunction('createInvite', { appId, role: 'countyReviewer', expiresInHours: 24, maxUses: 1 }, owner)
    const reviewer = as('o_reviewer')
    await runFunction('joinApplication', { token: (invite.ok && (invite.data as { token: string }).token) || '', displayName: '县审核' }, reviewer)
    const r = await runFunction('patchAnswers', { appId, ops: [part('op-part-0031', 'e1', entry('e1'))] }, reviewer)
    expect(results(r)[0]).toMatchObject({ status: 'refused', code: 'READ_ONLY_ROLE' })
  })
})

async function memberIdOf(owner: Parameters<typeof runFunction>[2], appId: string, name: string): Promise<string> {
  const r = await runFunction('listMembers', { appId }, owner)
  const m = (r.ok ? (r.data as { memberId: string; displayName: string }[]) : []).find((x) => x.displayName === name)
  return m?.memberId ?? ''
}
