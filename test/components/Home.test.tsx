import { act, fireEvent, render, screen } from '@testing-library/react'
import Home from '../../src/pages/index/index'
import { navigations } from '../stand-ins/taro'

function mockFetch(body: unknown) {
  global.fetch = jest.fn(async () => ({ json: async () => body })) as unknown as typeof fetch
}

beforeEach(() => {
  navigations.length = 0
  window.localStorage.clear()
})

describe('Home page', () => {
  it('lists every section with its item count from the form model', async () => {
    mockFetch({})
    await act(async () => {
      render(<Home />)
    })
    expect(screen.getByText('二、主导产业情况')).toBeTruthy()
    expect(screen.getAllByText(/项待填/).length).toBe(10)
    const s2 = document.querySelector('[data-section="s2"]')
    expect(s2?.textContent).toContain('20 项待填')
  })

  it('sends a browser user without a dev session to the dev login page', async () => {
    mockFetch({})
    await act(async () => {
      render(<Home />)
    })
    expect(navigations).toEqual(['/pages/dev-login/index'])
  })

  it('greets a signed-in user by display name', async () => {
    window.localStorage.setItem('cluster-declare.devSession', JSON.stringify({ token: 'a'.repeat(64), openid: 'local_x', displayName: '王会计' }))
    mockFetch({ ok: true, data: { openid: 'local_x', displayName: '王会计', serverTime: '2026-11-27T00:00:00Z' } })
    await act(async () => {
      render(<Home />)
    })
    expect(screen.getByText('当前用户：王会计')).toBeTruthy()
  })

  it('opens the chat of a section when its card is tapped', async () => {
    mockFetch({})
    await act(async () => {
      render(<Home />)
    })
    fireEvent.click(screen.getByText('三、创新能力情况'))
    expect(navigations).toContain('/pages/chat/index?section=s3')
  })
})
