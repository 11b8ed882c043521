import { act, render, waitFor } from '@testing-library/react'
import Home from '../../src/pages/index/index'
import { navigations, setStorageSync } from '../stand-ins/taro'

/** Its own file, so the rule check is not loaded yet when home mounts, as when the app starts. */
describe('Home page without signing in', () => {
  it('shows the findings on what the device holds once the rule check has loaded, asking nothing about the application', async () => {
    const calls: string[] = []
    global.fetch = jest.fn(async (url: string) => {
      calls.push(String(url).split('/').pop() as string)
      return { json: async () => ({ ok: false, error: { code: 'UNKNOWN_FUNCTION', message: '请求的云函数不存在。' } }) }
    }) as unknown as typeof fetch
    // No dev session: the browser build sends the user to the dev login (WeChat offline: sign-in fails).
    window.localStorage.clear()
    setStorageSync('cluster-declare.currentApp.v1', JSON.stringify({ appId: 'app1', clusterName: '', role: 'owner', sections: [] }))
    setStorageSync('cluster-declare.app1.answers.v1', JSON.stringify({ 's2.smeOutputShare': { value: { '2021': '82.30', '2022': '120.00', '2023': '84.60' } } }))
    await act(async () => {
      render(<Home />)
    })
    await waitFor(() => expect(document.querySelector('[data-section="s2"]')?.textContent).toContain('错误 1 处'))
    expect(navigations).toEqual(['/pages/dev-login/index'])
    expect(calls).toEqual([])
  })
})
