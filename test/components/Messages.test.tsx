import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { cloudCalls, mockCloud } from '../helpers/mockCloud'
import Messages from '../../src/pages/messages/index'
import { navigations, setRouterParams, setStorageSync } from '../stand-ins/taro'

const SESSION = { token: 'b'.repeat(64), openid: 'local_a', displayName: '财务' }
const calls = cloudCalls

const MESSAGE = {
  id: '2024-04-27_app1_local_a',
  appId: 'app1',
  day: '2024-04-27',
  at: '2024-04-27T02:00:00.000Z',
  kind: 'member',
  title: '潍坊市坊子区动力装备特色产业集群',
  body: '您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。',
  deadlineLine: '截止日期：2024-04-30（还剩 3 天）',
  itemId: 's2.totalOutput'
}
const signedIn = { whoami: { ok: true, data: { openid: 'local_a', displayName: '财务', serverTime: '2024-04-27T02:00:00Z' } } }
const application = { ok: true, data: { application: { clusterName: '潍坊市坊子区动力装备特色产业集群' }, me: { role: 'operator', sections: ['s2'], displayName: '财务' } } }
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)

async function renderPage() {
  await act(async () => {
    render(<Messages />)
  })
}

beforeEach(() => {
  cleanup()
  navigations.length = 0
  setRouterParams({})
  window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
  setStorageSync('cluster-declare.currentApp.v1', '')
})

describe('the 消息 page', () => {
  it('lists the reminders sent to this user, and a tap opens the first open question of its application', async () => {
    mockCloud({ ...signedIn, listMessages: { ok: true, data: [MESSAGE] }, getApplication: application })
    await renderPage()
    expect(texts('.message__title')).toEqual(['潍坊市坊子区动力装备特色产业集群'])
    expect(texts('.message__body')).toEqual(['您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。'])
    expect(texts('.message__deadline')).toEqual(['截止日期：2024-04-30（还剩 3 天）'])
    expect(texts('.message__day')).toEqual(['2024-04-27 提醒'])
    await act(async () => {
      fireEvent.click(screen.getByText('您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。'))
    })
    expect(calls.map((c) => c.name)).toEqual(['whoami', 'listMessages', 'getApplication'])
    expect(navigations).toEqual(['/pages/chat/index?item=s2.totalOutput'])
  })

  it('says when there is nothing yet', async () => {
    mockCloud({ ...signedIn, listMessages: { ok: true, data: [] } })
    await renderPage()
    expect(texts('.messages__empty')).toEqual(['暂无消息。截止前 7、3、1 天和当天，您负责的内容如未完成，会在这里提醒您。'])
  })

  it('goes straight on to the question when WeChat opens it from a reminder', async () => {
    setRouterParams({ app: 'app1', item: 's2.totalOutput' })
    mockCloud({ ...signedIn, listMessages: { ok: true, data: [MESSAGE] }, getApplication: application })
    await renderPage()
    expect(navigations).toEqual(['/pages/chat/index?item=s2.totalOutput'])
  })

  it('says why when the member was removed from the reminder’s application', async () => {
    mockCloud({ ...signedIn, listMessages: { ok: true, data: [MESSAGE] }, getApplication: { ok: false, error: { code: 'NOT_MEMBER', message: '您不是该申报的成员，或已被移出。' } } })
    await renderPage()
    await act(async () => {
      fireEvent.click(screen.getByText('您还有 1 项待办：二、主导产业情况：还有 20 项必填未填写。'))
    })
    expect(navigations).toEqual([])
    expect(texts('.messages__error')).toEqual(['您不是该申报的成员，或已被移出。'])
  })
})
