import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import Home from '../../src/pages/index/index'
import { clipboard, navigations, setRouterParams, setStorageSync } from '../stand-ins/taro'

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

  it('keeps the session when the sign-in check cannot reach the local cloud', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    await renderHome()
    expect(navigations).toEqual([])
    expect(window.localStorage.getItem('cluster-declare.devSession')).toBe(JSON.stringify(SESSION))
    expect(screen.getByText('当前用户：王会计')).toBeTruthy()
  })

  it('ends the session and asks to sign in again when the local cloud no longer knows it', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    mockCloud({ whoami: { ok: false, error: { code: 'UNAUTHENTICATED', message: '尚未登录或登录已失效，请重新登录。' } } })
    await renderHome()
    expect(navigations).toEqual(['/pages/dev-login/index'])
    expect(window.localStorage.getItem('cluster-declare.devSession')).toBeNull()
  })

  it('shows each section’s real progress, who fills it, the cover’s name and the days left', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: '', role: 'owner', sections: [] }))
    setStorageSync(
      'cluster-declare.app1.answers.v1',
      JSON.stringify({
        's1.clusterName': { value: '潍坊市坊子区动力装备特色产业集群' },
        'cover.region': { value: { city: '潍坊市', county: '坊子区' } },
        's2.totalOutput': { value: { '2021': '118.36', '2022': '131.52', '2023': '146.80' } },
        's2.smeOutputShare': { value: { '2021': '82.30', '2022': '120.00', '2023': '84.60' } }
      })
    )
    mockCloud({
      ...signedIn,
      getApplication: { ok: true, data: { application: { clusterName: '', region: null, deadline: '2099-12-31' }, me: { role: 'owner', sections: [] } } },
      listMembers: {
        ok: true,
        data: [
          { displayName: '王会计', role: 'owner', sections: [] },
          { displayName: '财务', role: 'operator', sections: ['s2'] }
        ]
      },
      updateApplication: { ok: true, data: {} }
    })
    await renderHome()
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
    const s2 = document.querySelector('[data-section="s2"]')?.textContent ?? ''
    expect(s2).toContain('已填 2/20 项必填')
    expect(s2).toContain('错误 1 处')
    expect(s2).toContain('填报：财务')
    expect(document.querySelector('[data-section="s3"]')?.textContent).toContain('填报：王会计（负责人，尚未分给填报员）')
    expect(document.querySelector('[data-section="s9"]')?.textContent).toContain('签字、盖章、日期 5 处：导出后在纸质申报表上完成')
    expect(document.querySelector('.home__app')?.textContent).toBe('当前申报：潍坊市坊子区动力装备特色产业集群 · 负责人')
    expect(document.querySelector('.deadline__date')?.textContent).toMatch(/^截止日期：2099-12-31（还剩 \d+ 天）$/)
  })

  it('keeps an invite opened before signing in and joins with it after the dev login', async () => {
    mockCloud({})
    setRouterParams({ invite: 'tok42' })
    await renderHome()
    expect(navigations).toEqual(['/pages/dev-login/index'])
    // Back from the dev login, without the link's parameters (a new page).
    cleanup()
    setRouterParams({})
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    const bodies: Record<string, unknown> = {}
    global.fetch = jest.fn(async (url: string, init: { body: string }) => {
      const name = String(url).split('/').pop() as string
      bodies[name] = JSON.parse(init.body)
      const replies: Record<string, unknown> = {
        ...signedIn,
        joinApplication: { ok: true, data: { appId: 'app1' } },
        getApplication: { ok: true, data: { application: { id: 'app1', clusterName: '潍坊市坊子区动力装备特色产业集群', region: null, deadline: null }, me: { role: 'operator', sections: ['s2'] } } }
      }
      return { json: async () => replies[name] ?? { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '请求的云函数不存在。' } } }
    }) as unknown as typeof fetch
    await renderHome()
    // The kept invite opens the name form; joining waits for the name and the privacy consent.
    expect(bodies.joinApplication).toBeUndefined()
    await act(async () => fireEvent.click(screen.getByText('加入申报')))
    await act(async () => fireEvent.click(screen.getByText('同意并继续')))
    expect(bodies.joinApplication).toEqual({ token: 'tok42', displayName: '王会计', unit: '' })
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

  it('lets the owner invite the county reviewer instead, with a link that says who it is for', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
    setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: 'X', role: 'owner', sections: [] }))
    const bodies: unknown[] = []
    global.fetch = jest.fn(async (url: string, init: { body: string }) => {
      const name = String(url).split('/').pop() as string
      if (name === 'createInvite') bodies.push(JSON.parse(init.body))
      const replies: Record<string, unknown> = { ...signedIn, createInvite: { ok: true, data: { token: `tok${bodies.length}` } } }
      return { json: async () => replies[name] ?? { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '请求的云函数不存在。' } } }
    }) as unknown as typeof fetch
    await renderHome()
    await act(async () => fireEvent.click(screen.getByText('邀请成员')))
    await act(async () => fireEvent.click(screen.getByText('县级审核')))
    expect(bodies).toEqual([
      { appId: 'app1', role: 'operator', expiresInHours: 72, maxUses: 10 },
      { appId: 'app1', role: 'countyReviewer', expiresInHours: 72, maxUses: 2 }
    ])
    expect(document.querySelector('.home__invite')?.textContent).toBe(`邀请链接（发给县级审核打开）：${window.location.origin}/#/pages/index/index?invite=tok2`)

    // 复制邀请链接 puts the address on the clipboard and says what to do with it; a refused copy says how to copy by hand.
    await act(async () => fireEvent.click(screen.getByText('复制邀请链接')))
    expect(clipboard.data).toEqual([`${window.location.origin}/#/pages/index/index?invite=tok2`])
    expect(document.querySelector('.home__copy-note')?.textContent).toBe('邀请链接已复制，粘贴到微信或短信里发给对方即可。')
    clipboard.fail = true
    await act(async () => fireEvent.click(screen.getByText('复制邀请链接')))
    clipboard.fail = false
    expect(document.querySelector('.home__copy-note')?.textContent).toBe('无法自动复制，请长按上面的链接手动复制。')
  })
})
