import { act, render, screen, waitFor } from '@testing-library/react'
import Home from '../../src/pages/index/index'
import * as checkModule from '../../src/rules/check'
import { deviceStore } from '../../src/sync/device'
import { setRouterParams, setStorageSync, showAgain } from '../stand-ins/taro'

/**
 * What home costs per show: cloud calls and rule checks. Its own file, so the rule check is not yet loaded when
 * home mounts, as when the app starts.
 */
const SESSION = { token: 'a'.repeat(64), openid: 'local_x', displayName: '王会计' }

function countingCloud() {
  const calls: string[] = []
  const replies: Record<string, unknown> = {
    whoami: { ok: true, data: { openid: 'local_x', displayName: '王会计', serverTime: '2026-11-27T00:00:00Z' } },
    listMyApplications: { ok: true, data: [{ id: 'app1', clusterName: '潍坊市坊子区动力装备特色产业集群' }] },
    getApplication: { ok: true, data: { application: { id: 'app1', clusterName: '', region: null, deadline: '2099-12-31' }, me: { role: 'owner', sections: [], displayName: '王会计' } } },
    listMembers: { ok: true, data: [{ displayName: '王会计', role: 'owner', sections: [] }] },
    updateApplication: { ok: true, data: {} }
  }
  global.fetch = jest.fn(async (url: string) => {
    const name = String(url).split('/').pop() as string
    calls.push(name)
    return { json: async () => replies[name] ?? { ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '请求的云函数不存在。' } } }
  }) as unknown as typeof fetch
  return { count: (name: string) => calls.filter((c) => c === name).length }
}

/** Lets every pending promise and effect of the page run. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)))
}

const submitChecks = (spy: jest.SpyInstance) => spy.mock.calls.filter(([, options]) => options.level === 'submit').length

beforeEach(() => {
  window.localStorage.clear()
  window.localStorage.setItem('cluster-declare.devSession', JSON.stringify(SESSION))
  setRouterParams({})
  setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: '', role: 'owner', sections: [] }))
  // 中小企业产值占比 over 100 %: one error in 二.
  setStorageSync('cluster-declare.app1.answers.v1', JSON.stringify({ 's2.smeOutputShare': { value: { '2021': '82.30', '2022': '120.00', '2023': '84.60' } } }))
})

describe('Home page, per show', () => {
  it('asks the cloud for the application once per show, and runs the 提交 check once at start and again only when the answers changed', async () => {
    const cloud = countingCloud()
    const check = jest.spyOn(checkModule, 'check')
    await act(async () => {
      render(<Home />)
    })
    await waitFor(() => expect(document.querySelector('[data-section="s2"]')?.textContent).toContain('错误 1 处'))
    await settle()
    expect(cloud.count('getApplication')).toBe(1)
    expect(cloud.count('listMembers')).toBe(1)
    expect(submitChecks(check)).toBe(1)

    // Shown again with the same answers: the cloud is asked again, the check is not run again.
    await act(async () => showAgain())
    await settle()
    expect(cloud.count('getApplication')).toBe(2)
    expect(cloud.count('listMembers')).toBe(2)
    expect(submitChecks(check)).toBe(1)

    // Back from the chat with the share corrected: checked once more, and the error is gone.
    deviceStore('app1').apply([{ itemId: 's2.smeOutputShare', answer: { value: { '2021': '82.30', '2022': '83.00', '2023': '84.60' } } }])
    await act(async () => showAgain())
    await settle()
    expect(cloud.count('getApplication')).toBe(3)
    expect(submitChecks(check)).toBe(2)
    expect(document.querySelector('[data-section="s2"]')?.textContent).not.toContain('错误')
    check.mockRestore()
  })

  it('asks for the application once when the link carries an invite (home then does not choose the saved one)', async () => {
    const cloud = countingCloud()
    setRouterParams({ invite: 'tok42' })
    await act(async () => {
      render(<Home />)
    })
    await settle()
    expect(screen.getByText('加入申报')).toBeTruthy()
    expect(cloud.count('getApplication')).toBe(1)
  })
})
