/** The member view: device answers merged with the pull, and the cover as the application's name and region. */
import { applicationName, coverIdentity, memberAnswers, mirrorCoverToApplication, syncMemberView } from '../../src/sync/memberView'
import { setStorageSync } from '../stand-ins/taro'

const bodies: { name: string; body: any }[] = []

function mockCloud(replies: Record<string, unknown>) {
  bodies.length = 0
  global.fetch = jest.fn(async (url: string, init: { body: string }) => {
    const name = String(url).split('/').pop() as string
    bodies.push({ name, body: JSON.parse(init.body) })
    return { json: async () => replies[name] ?? { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '' } } }
  }) as unknown as typeof fetch
}

describe('the answers as this member sees them', () => {
  it('adds a colleague’s answers to the device’s and says which changed', async () => {
    setStorageSync('cluster-declare.mv1.answers.v1', JSON.stringify({ 's2.totalOutput': { value: { '2021': '1.00', '2022': '2.00', '2023': '3.00' } } }))
    mockCloud({
      pullAnswers: {
        ok: true,
        data: { fields: [{ itemId: 's2.smeOutputShare', value: { '2021': '82.30', '2022': '83.10', '2023': '84.60' }, version: 1 }], conflicts: [], seq: 1, more: false }
      }
    })
    const view = await syncMemberView('mv1')
    expect(view.changed).toEqual(['s2.smeOutputShare'])
    expect(Object.keys(view.answers).sort()).toEqual(['s2.smeOutputShare', 's2.totalOutput'])
    // Written to the device: the next page that opens reads it without waiting for the network.
    expect(memberAnswers('mv1')['s2.smeOutputShare']?.value).toEqual({ '2021': '82.30', '2022': '83.10', '2023': '84.60' })
  })

  it('keeps the device’s answers when the cloud cannot be reached', async () => {
    setStorageSync('cluster-declare.mv2.answers.v1', JSON.stringify({ 's2.totalOutput': { value: { '2021': '1.00' } } }))
    global.fetch = jest.fn(async () => {
      throw new Error('offline')
    }) as unknown as typeof fetch
    const view = await syncMemberView('mv2')
    expect(view.changed).toEqual([])
    expect(view.answers['s2.totalOutput']?.value).toEqual({ '2021': '1.00' })
  })
})

describe('the cover as the application’s name and region', () => {
  const answers = { 's1.clusterName': { value: ' 滕州市中小数控机床特色产业集群 ' }, 'cover.region': { value: { city: '枣庄市', county: '滕州市' } } }

  it('reads the name and region from the cover’s answers', () => {
    expect(coverIdentity(answers)).toEqual({ clusterName: '滕州市中小数控机床特色产业集群', region: { city: '枣庄市', county: '滕州市' } })
    expect(applicationName({}, '')).toBe('未命名申报')
    expect(applicationName(answers, '旧名称')).toBe('滕州市中小数控机床特色产业集群')
  })

  it('updates the cloud record for the owner only, and only when it differs', async () => {
    mockCloud({ updateApplication: { ok: true, data: {} } })
    expect(await mirrorCoverToApplication('a1', 'operator', answers, { clusterName: '', region: null })).toBe(false)
    expect(bodies).toEqual([])
    expect(await mirrorCoverToApplication('a1', 'owner', answers, { clusterName: '', region: null })).toBe(true)
    expect(bodies).toEqual([{ name: 'updateApplication', body: { appId: 'a1', clusterName: '滕州市中小数控机床特色产业集群', region: { city: '枣庄市', county: '滕州市' } } }])
    bodies.length = 0
    expect(await mirrorCoverToApplication('a1', 'owner', answers, { clusterName: '滕州市中小数控机床特色产业集群', region: { city: '枣庄市', county: '滕州市' } })).toBe(false)
    expect(bodies).toEqual([])
  })
})
