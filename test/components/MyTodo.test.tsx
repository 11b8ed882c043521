import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { cloudCalls, mockCloud } from '../helpers/mockCloud'
import { MyTodo } from '../../src/components/MyTodo'
import { creditsText } from '../../src/components/MyTodo/texts'
import { ALL_SECTIONS, check, sectionProgress } from '../../src/rules'
import { navigations } from '../stand-ins/taro'

const NOW = new Date('2024-04-27T02:00:00Z')
const app = { appId: 'app1', clusterName: '潍坊市坊子区动力装备特色产业集群', role: 'operator' as const, sections: ['s2'], displayName: '财务' }
const members = [
  { displayName: '王负责', role: 'owner' as const, sections: [] },
  { displayName: '财务', role: 'operator' as const, sections: ['s2'] }
]
const status = { progress: sectionProgress({}, check({}, { level: 'submit', now: NOW }), ALL_SECTIONS), members, deadline: '2024-04-30' }
const calls = cloudCalls

const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)

async function renderTodo(s: Omit<typeof status, 'deadline'> & { deadline: string | null | undefined } = status) {
  await act(async () => {
    render(<MyTodo app={app} status={s} refreshKey={0} now={NOW} />)
  })
}

beforeEach(() => {
  navigations.length = 0
})

describe('我的待办 on home', () => {
  it('lists the county’s returned item first, then the operator’s open section, and the reminders left (the deadline is left to the banner above)', async () => {
    mockCloud({ reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [{ itemId: 's2.leadingShare', comment: '请与统计年鉴核对' }] } } })
    await renderTodo()
    expect(calls).toEqual([{ name: 'reminderStatus', body: { appId: 'app1' } }])
    expect(texts('.todo__title')).toEqual(['我的待办'])
    expect(document.querySelector('.todo')?.textContent).not.toContain('截止日期')
    expect(texts('.todo__item')).toEqual(['县级审核退回“集群主导产业产值占集群总产值比例（%）”：请与统计年鉴核对', '二、主导产业情况：还有 20 项必填未填写'])
    expect(texts('.todo__credits')).toEqual(['您还没有订阅截止提醒，截止前不会收到提醒'])
    expect(texts('.todo__note')).toEqual(['浏览器版没有微信订阅消息：每点一次“接收截止提醒”记 1 条提醒，提醒显示在“消息”页。'])
  })

  it('right after joining, with no reminder yet, offers one; a reviewer who joined is not offered any', async () => {
    mockCloud({ reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [] } } })
    await act(async () => {
      render(<MyTodo app={app} status={status} refreshKey={0} now={NOW} justJoined />)
    })
    expect(texts('.todo__joined')).toEqual(['您已加入这份申报。点“接收截止提醒”，截止前会在“消息”页提醒您还没完成的部分。'])
    cleanup()
    mockCloud({ reminderStatus: { ok: true, data: { role: 'countyReviewer', sections: [], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [] } } })
    await act(async () => {
      render(<MyTodo app={{ ...app, role: 'countyReviewer', sections: [] }} status={status} refreshKey={0} now={NOW} justJoined />)
    })
    expect(texts('.todo__joined')).toEqual([])
    expect(texts('.todo__subscribe')).toEqual([])
    expect(texts('.todo__empty')).toEqual(['您的角色只查看、不填写，没有待办。'])
  })

  it('opens a tapped item’s question in the chat, and in the browser asks for nothing on that tap', async () => {
    mockCloud({ reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [] } } })
    await renderTodo()
    await act(async () => {
      fireEvent.click(screen.getByText('二、主导产业情况：还有 20 项必填未填写'))
    })
    expect(navigations).toEqual(['/pages/chat/index?item=s2.totalOutput'])
    expect(calls.map((c) => c.name)).toEqual(['reminderStatus'])
  })

  it('counts a reminder when the member taps 接收截止提醒, and says how many will still come', async () => {
    mockCloud({
      reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 1 }, daysBefore: [7, 3, 1, 0], returned: [] } },
      grantReminderCredit: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 2 } } }
    })
    await renderTodo()
    expect(texts('.todo__credits')).toEqual(['还可收到 1 条截止提醒'])
    await act(async () => {
      fireEvent.click(screen.getByText('接收截止提醒'))
    })
    expect(calls[1]).toEqual({ name: 'grantReminderCredit', body: { templates: ['deadline'] } })
    expect(texts('.todo__credits')).toEqual(['还可收到 2 条截止提醒'])
    expect(texts('.todo__message')).toEqual([])
  })

  it('shows the cloud’s refusal of a credit in Chinese', async () => {
    mockCloud({
      reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [] } },
      grantReminderCredit: { ok: false, error: { code: 'UNAUTHENTICATED', message: '尚未登录或登录已失效，请重新登录。' } }
    })
    await renderTodo()
    await act(async () => {
      fireEvent.click(screen.getByText('接收截止提醒'))
    })
    expect(texts('.todo__message')).toEqual(['尚未登录或登录已失效，请重新登录。'])
  })

  it('says so when the member’s sections are finished, and opens 消息', async () => {
    mockCloud({ reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [] } } })
    await renderTodo({ ...status, progress: status.progress.filter((p) => p.id !== 's2') })
    expect(texts('.todo__item')).toEqual([])
    expect(texts('.todo__empty')).toEqual(['您负责的部分已全部完成，暂无待办。'])
    await act(async () => {
      fireEvent.click(screen.getByText('消息'))
    })
    expect(navigations).toEqual(['/pages/messages/index'])
  })

  it('uses the sections the cloud has now when the device still has the ones from before a reassignment', async () => {
    mockCloud({ reminderStatus: { ok: true, data: { role: 'operator', sections: ['s2'], credits: { deadline: 0 }, daysBefore: [7, 3, 1, 0], returned: [] } } })
    await act(async () => {
      render(<MyTodo app={{ ...app, sections: [] }} status={status} refreshKey={0} now={NOW} />)
    })
    expect(texts('.todo__item')).toEqual(['二、主导产业情况：还有 20 项必填未填写'])
  })

  it('says it is reading the count until the cloud answers', () => {
    expect(creditsText(null)).toBe('正在读取提醒次数…')
  })
})

describe('an empty 我的待办', () => {
  it('tells a reviewer there is nothing to fill, an operator without a part that one will be assigned, and others that all is done', () => {
    const { emptyTodoText } = jest.requireActual('../../src/components/MyTodo/texts') as typeof import('../../src/components/MyTodo/texts')
    expect(emptyTodoText('countyReviewer', [])).toBe('您的角色只查看、不填写，没有待办。')
    expect(emptyTodoText('operator', [])).toBe('负责人还没有给您分配填报部分，分配后待办会显示在这里。')
    expect(emptyTodoText('operator', ['s2'])).toBe('您负责的部分已全部完成，暂无待办。')
    expect(emptyTodoText('owner', [])).toBe('您负责的部分已全部完成，暂无待办。')
  })
})
