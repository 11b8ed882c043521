import { act, fireEvent, render, screen } from '@testing-library/react'
import Home from '../../src/pages/index/index'
import { navigations, setStorageSync } from '../stand-ins/taro'

const SESSION = { token: 'a'.repeat(64), openid: 'local_x', displayName: '王会计' }

/** Answers each cloud function by name, as the local cloud would. */
function mockCloud(replies: Record<string, unknown>) {
  global.fetch = jest.fn(async (url: string) => {
    const name = String(url).split('/').pop() as string
    return { json: async () => replies[name] ?? { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '请求的云函数不存在。' } } }
  }) as unknown as typeof fetch
}

const signedIn = {
  whoami: { ok: true, data: { openid: 'local_x', displayName: '王会计', serverTime: '2026-11-27T00:00:00Z' } },
  listMyApplications: { ok: true, data: [{ id: 'app1', clusterName: '潍坊市坊子区动力装备特色产业集群' }] }
}

beforeEach(() => {
  navigations.length = 0
  window.localStorage.clear()
  setStorageSync('cluster-declare.currentApp.v1', '')
})

async function renderHome() {
  await act(async () => {
    render(<Home />)
  })
}

describe('Home page', () => {
  it('sends a browser user without a dev session to the dev login page', async () => {
    mockCloud({})
    await renderHome()
    expect(navigations).toEqual(['/pages/dev-login/index'])
  })

  it('greets a signed-in user and lists their applications', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    mockCloud(signedIn)
    await renderHome()
    expect(screen.getByText('当前用户：王会计')).toBeTruthy()
    expect(screen.getByText('潍坊市坊子区动力装备特色产业集群')).toBeTruthy()
  })

  it('lists every section with its item count once an application is chosen', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: 'X', role: 'owner', sections: [] }))
    mockCloud(signedIn)
    await renderHome()
    expect(screen.getAllByText(/项待填/).length).toBe(10)
    expect(document.querySelector('[data-section="s2"]')?.textContent).toContain('20 项待填')
  })

  it('opens the chat of a section when its card is tapped', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: 'X', role: 'owner', sections: [] }))
    mockCloud(signedIn)
    await renderHome()
    fireEvent.click(screen.getByText('三、创新能力情况'))
    expect(navigations).toContain('/pages/chat/index?section=s3')
  })

  it('shows the owner an invite link', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: 'X', role: 'owner', sections: [] }))
    mockCloud({ ...signedIn, createInvite: { ok: true, data: { token: 'tok123' } } })
    await renderHome()
    await act(async () => {
      fireEvent.click(screen.getByText('邀请成员'))
    })
    expect(screen.getByText(/#\/pages\/index\/index\?invite=tok123/)).toBeTruthy()
  })
})
