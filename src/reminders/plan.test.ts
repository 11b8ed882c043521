import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import type { Answers } from '../rules'
import { REMINDER_CONFIG } from './config'
import { planReminders, type PlanMember } from './plan'

const without = (prefix: string): Answers => Object.fromEntries(Object.entries(COMPLETE_APPLICATION).filter(([k]) => !k.startsWith(prefix)))
const owner: PlanMember = { openid: 'o_owner', displayName: '王负责', role: 'owner', sections: [], removedAt: null }
const finance: PlanMember = { openid: 'o_a', displayName: '财务', role: 'operator', sections: ['s2'], removedAt: null }
const tech: PlanMember = { openid: 'o_b', displayName: '科技', role: 'operator', sections: ['s3'], removedAt: null }
const county: PlanMember = { openid: 'o_c', displayName: '县审核', role: 'countyReviewer', sections: [], removedAt: null }
const app = { id: 'app_1', clusterName: '潍坊市坊子区动力装备特色产业集群', deadline: '2024-04-30' as string | null }
/** 10:00 in Shanghai, three days before the deadline. */
const THREE_DAYS = new Date('2024-04-27T02:00:00Z')

const plan = (answers: Answers, members: PlanMember[], now = THREE_DAYS, a: Parameters<typeof planReminders>[0]['app'] = app) =>
  planReminders({ app: a, members, answers, now, config: REMINDER_CONFIG })

describe('who is reminded in one application today', () => {
  it('reminds an operator with an unfinished section, and tells the owner who is behind', () => {
    const out = plan(without('s2.'), [owner, finance, county])
    expect(out).toEqual([
      {
        openid: 'o_owner',
        message: {
          kind: 'ownerSummary',
          title: '潍坊市坊子区动力装备特色产业集群',
          body: '1 位成员还有未完成的内容：财务（1 项）。',
          deadlineLine: '截止日期：2024-04-30（还剩 3 天）',
          itemId: null,
          page: 'pages/messages/index?app=app_1',
          data: { thing1: { value: '潍坊市坊子区动力装备特色产业集群' }, thing2: { value: '1人未完成：财务' }, time3: { value: '2024年4月30日 23:59' }, phrase4: { value: '剩三天' } }
        }
      },
      {
        openid: 'o_a',
        message: {
          kind: 'member',
          title: '潍坊市坊子区动力装备特色产业集群',
          body: '您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。',
          deadlineLine: '截止日期：2024-04-30（还剩 3 天）',
          itemId: 's2.totalOutput',
          page: 'pages/messages/index?app=app_1&item=s2.totalOutput',
          data: { thing1: { value: '潍坊市坊子区动力装备特色产业集群' }, thing2: { value: '第二部分还有20项必填未填' }, time3: { value: '2024年4月30日 23:59' }, phrase4: { value: '剩三天' } }
        }
      }
    ])
  })

  it('reminds nobody whose sections are finished', () => {
    expect(plan(COMPLETE_APPLICATION, [owner, finance, tech, county])).toEqual([])
    expect(plan(without('s3.'), [owner, finance, tech]).map((p) => p.openid)).toEqual(['o_owner', 'o_b'])
  })

  it('reminds no removed member and leaves them out of the owner’s summary; their sections fall to the owner', () => {
    const out = plan(without('s3.'), [owner, finance, { ...tech, removedAt: '2024-04-20T00:00:00Z' }])
    expect(out.map((p) => p.openid)).toEqual(['o_owner'])
    expect(out[0].message.body).toBe('您还有 1 项待办：三、创新能力情况：还有 12 项必填未填写。')
    expect(out[0].message.kind).toBe('member')
    expect(out[0].message.data.thing2).toEqual({ value: '第三部分还有12项必填未填' })
  })

  it('sends the owner one message with both the summary and their own work', () => {
    const out = plan(without('s'), [owner, finance, tech])
    expect(out.map((p) => p.openid)).toEqual(['o_owner', 'o_a', 'o_b'])
    expect(out[0].message.body).toBe(
      '2 位成员还有未完成的内容：财务（1 项）、科技（1 项）。您还有 6 项待办：一、基本情况：还有 14 项必填未填写；四、数字化升级情况：还有 8 项必填未填写；五、绿色化转型情况：还有 12 项必填未填写等。'
    )
    expect(out[0].message.itemId).toBe('s1.clusterName')
    expect(out[0].message.data.thing2).toEqual({ value: '2人未完成：财务、科技' })
  })

  it('cuts a long summary of names within 20 characters without splitting an emoji', () => {
    const many = ['财务部张会计', '科技部李工😀', '办公室王主任', '综合部赵经理'].map((name, i) => ({ ...finance, openid: `o_${i}`, displayName: name }))
    const out = plan(without('s2.'), [owner, ...many])
    // 18 characters then an emoji (2 UTF-16 units): with “…” it would be 21, so the emoji goes whole.
    expect(out[0].message.data.thing2).toEqual({ value: '4人未完成：财务部张会计、科技部李工…' })
    expect(out[0].message.body).toBe('4 位成员还有未完成的内容：财务部张会计（1 项）、科技部李工😀（1 项）、办公室王主任（1 项）、综合部赵经理（1 项）。')
  })

  it('reminds nobody on a day off the schedule, without a deadline, or once the application is submitted', () => {
    expect(plan(without('s2.'), [owner, finance], new Date('2024-04-26T02:00:00Z'))).toEqual([])
    expect(plan(without('s2.'), [owner, finance], THREE_DAYS, { ...app, deadline: null })).toEqual([])
    const submitted = { ...app, review: { status: 'submitted' as const, returned: [], log: [] } }
    expect(plan(without('s2.'), [owner, finance], THREE_DAYS, submitted)).toEqual([])
  })

  it('reminds an operator of an item the county returned, on the deadline day', () => {
    const returned = { ...app, review: { status: 'returned' as const, returned: [{ itemId: 's2.totalOutput', comment: '请核对2022年数据' }], log: [] } }
    const out = plan(COMPLETE_APPLICATION, [owner, finance], new Date('2024-04-30T02:00:00Z'), returned)
    expect(out.map((p) => [p.openid, p.message.body, p.message.data.thing2.value, p.message.data.phrase4.value])).toEqual([
      ['o_owner', '1 位成员还有未完成的内容：财务（1 项）。', '1人未完成：财务', '今天截止'],
      ['o_a', '您还有 1 项待办：县级审核退回“集群总产值（亿元）”：请核对2022年数据。', '县级退回1项待修改', '今天截止']
    ])
  })
})
