import { type Client, team } from '../helpers/client'
import { startCloud } from '../helpers/localCloud'
import { phoneOn } from '../helpers/phone'

/** A phone's sync session (test/helpers/phone.ts). */
const phone = (client: Client, appId: string) => phoneOn(client, appId).session

const row = (y1: string, y2: string, y3: string) => ({ value: { '2021': y1, '2022': y2, '2023': y3 } })

describe('an answer changed by someone else, told to the member who wrote it', () => {
  let cloud: Awaited<ReturnType<typeof startCloud>>
  beforeAll(async () => {
    cloud = await startCloud()
  })
  afterAll(() => cloud.close())

  it('tells the writer once, by name and with the new value; not the one who changed it, nor anyone for a first answer', async () => {
    const { owner, a, appId } = await team(cloud)
    const finance = phone(a, appId)
    const boss = phone(owner, appId)
    finance.record([{ itemId: 's2.enterprises', answer: row('120', '135', '150') }])
    await finance.syncNow()
    await boss.syncNow()
    expect(boss.takeNotices()).toEqual([]) // a first answer by a colleague is news to nobody's own work
    boss.record([{ itemId: 's2.enterprises', answer: row('120', '135', '160') }])
    await boss.syncNow()
    expect(boss.takeNotices()).toEqual([])

    await finance.syncNow()
    expect(finance.answers['s2.enterprises']).toEqual(row('120', '135', '160'))
    expect(finance.takeNotices()).toEqual([
      { itemId: 's2.enterprises', text: '负责人修改了您填写的“集群企业数量”，现为：2021年 120，2022年 135，2023年 160（家）；原为：2021年 120，2022年 135，2023年 150（家）。如有疑问，请与负责人核对。' }
    ])
    // Told once; and the value is the owner's now: a second change by the owner is not the finance member's to hear about.
    await finance.syncNow()
    expect(finance.takeNotices()).toEqual([])
    boss.record([{ itemId: 's2.enterprises', answer: row('120', '136', '160') }])
    await boss.syncNow()
    await finance.syncNow()
    expect(finance.takeNotices()).toEqual([])
  })

  it('knows the member’s own answers from another of their phones, and counts the entries of a list changed by others', async () => {
    const { owner, b, appId } = await team(cloud)
    const laptop = phone(b, appId)
    const entry = (id: string, name: string) => ({ id, fields: { name, type: '发明专利', number: 'ZL202010100000.4', holder: '山东示例1号科技有限公司', grantDate: '' } })
    laptop.record([{ itemId: 's3.inventionPatents', answer: { value: '2' } }])
    laptop.record([{ itemId: 's3.patentList', answer: { value: { entries: [entry('e1', '一种数控刀架'), entry('e2', '一种液压阀')] } } }])
    await laptop.syncNow()
    const mobile = phone(b, appId) // the same member on a second phone: learns what is theirs from the pull
    await mobile.syncNow()
    expect(mobile.takeNotices()).toEqual([])

    const boss = phone(owner, appId)
    await boss.syncNow()
    const list = boss.answers['s3.patentList'].value as { entries: ReturnType<typeof entry>[] }
    boss.record([
      { itemId: 's3.inventionPatents', answer: { value: '3' } },
      { itemId: 's3.patentList', answer: { value: { entries: [{ ...list.entries[0], fields: { ...list.entries[0].fields, name: '一种数控刀架及其控制方法' } }, list.entries[1], entry('e3', '一种电机')] } } }
    ])
    await boss.syncNow()
    await mobile.syncNow()
    expect(mobile.takeNotices().map((n) => n.text)).toEqual([
      '负责人修改了您填写的“集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）”，现为：3 个；原为：2 个。如有疑问，请与负责人核对。',
      '负责人修改了您填写的“有效发明专利清单”中的 2 条。如有疑问，请与负责人核对。'
    ])
  })
})
