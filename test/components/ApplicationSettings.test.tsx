import { act, fireEvent, render, screen } from '@testing-library/react'
import { ApplicationSettings } from '../../src/components/ApplicationSettings'
import { setStorageSync } from '../stand-ins/taro'

const calls: { name: string; body: unknown }[] = []

beforeEach(() => {
  calls.length = 0
  setStorageSync('cluster-declare.app9.answers.v1', JSON.stringify({ 's1.clusterName': { value: '滕州市中小数控机床特色产业集群' }, 'cover.region': { value: { city: '枣庄市', county: '滕州市' } } }))
  global.fetch = jest.fn(async (url: string, init: { body: string }) => {
    const name = String(url).split('/').pop() as string
    calls.push({ name, body: JSON.parse(init.body) })
    const data = name === 'getApplication' ? { application: { clusterName: '', region: null, deadline: null }, me: { role: 'owner', sections: [] } } : {}
    return { json: async () => ({ ok: true, data }) }
  }) as unknown as typeof fetch
})

describe('application settings', () => {
  it('shows the cover’s name and region instead of asking for them again', async () => {
    await act(async () => {
      render(<ApplicationSettings appId='app9' now={() => new Date('2024-03-01T02:00:00Z')} />)
    })
    expect(document.querySelector('.settings__name')?.textContent).toBe('集群名称：滕州市中小数控机床特色产业集群')
    expect(document.querySelector('.settings__region')?.textContent).toBe('所属地区：枣庄市滕州市')
    expect(document.querySelector('.settings__input--clusterName')).toBeNull()
  })

  it('saves a deadline typed 2024年4月30日 and confirms it', async () => {
    await act(async () => {
      render(<ApplicationSettings appId='app9' now={() => new Date('2024-03-01T02:00:00Z')} />)
    })
    fireEvent.change(document.querySelector('.settings__input--deadline') as Element, { target: { value: '2024年4月30日' } })
    await act(async () => {
      fireEvent.click(screen.getByText('保存设置'))
    })
    expect(calls.find((c) => c.name === 'updateApplication')?.body).toEqual({ appId: 'app9', deadline: '2024-04-30' })
    expect(document.querySelector('.settings__note')?.textContent).toBe('已保存：截止日期 2024-04-30。')
  })

  it('refuses a deadline it cannot read, without calling the cloud', async () => {
    await act(async () => {
      render(<ApplicationSettings appId='app9' now={() => new Date('2024-03-01T02:00:00Z')} />)
    })
    fireEvent.change(document.querySelector('.settings__input--deadline') as Element, { target: { value: '月底' } })
    await act(async () => {
      fireEvent.click(screen.getByText('保存设置'))
    })
    expect(calls.some((c) => c.name === 'updateApplication')).toBe(false)
    expect(document.querySelector('.settings__note')?.textContent).toBe('截止日期请按 2024-03-31 或 2024年3月31日 填写。')
    expect(document.querySelector('.settings__input--deadline')?.getAttribute('placeholder')).toBe('截止日期，如：2024-03-31 或 2024年3月31日')
  })
})
