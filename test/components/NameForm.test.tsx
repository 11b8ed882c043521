import { act, fireEvent, render, screen } from '@testing-library/react'
import { CONSENT_DECLINED, NameForm } from '../../src/components/NameForm'
import { CONSENT_TEXT, PrivacyConsent } from '../../src/components/PrivacyConsent'
import { CONSENT_KEY } from '../../src/privacy/consent'
import { PRIVACY_GUIDE_VERSION } from '../../src/privacy/guide'
import { getStorageSync, setStorageSync } from '../stand-ins/taro'

function renderForm(onSubmit: (name: string, unit: string) => Promise<string | null>) {
  render(
    <>
      <NameForm purpose='join' defaultName='王会计' onSubmit={onSubmit} />
      <PrivacyConsent />
    </>
  )
}

const type = (placeholder: RegExp, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } })

beforeEach(() => setStorageSync(CONSENT_KEY, ''))

describe('asking for a name before joining', () => {
  it('asks for privacy consent first and sends nothing when the user declines', async () => {
    const onSubmit = jest.fn(async () => null)
    renderForm(onSubmit)
    await act(async () => fireEvent.click(screen.getByText('加入申报')))
    expect(screen.getByText(CONSENT_TEXT)).toBeTruthy()
    expect(screen.getByText('《集群申报助手隐私保护指引》')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('不同意')))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText(CONSENT_DECLINED)).toBeTruthy()
    expect(screen.queryByText(CONSENT_TEXT)).toBeNull()
  })

  it('sends the typed name and unit once the user agrees, and remembers the agreement', async () => {
    const onSubmit = jest.fn(async () => null)
    renderForm(onSubmit)
    type(/称呼/, '李工')
    type(/所在单位/, '集群运营公司')
    await act(async () => fireEvent.click(screen.getByText('加入申报')))
    await act(async () => fireEvent.click(screen.getByText('同意并继续')))
    expect(onSubmit).toHaveBeenCalledWith('李工', '集群运营公司')
    expect(getStorageSync(CONSENT_KEY)).toBe(PRIVACY_GUIDE_VERSION)
  })

  it('does not ask again after agreeing, and shows the server’s Chinese message', async () => {
    setStorageSync(CONSENT_KEY, PRIVACY_GUIDE_VERSION)
    renderForm(async () => '本申报中已有成员使用这个称呼，请换一个（例如加上姓氏或部门）。')
    await act(async () => fireEvent.click(screen.getByText('加入申报')))
    expect(screen.queryByText(CONSENT_TEXT)).toBeNull()
    expect(screen.getByText('本申报中已有成员使用这个称呼，请换一个（例如加上姓氏或部门）。')).toBeTruthy()
  })

  it('starts with the dev login’s name', async () => {
    setStorageSync(CONSENT_KEY, PRIVACY_GUIDE_VERSION)
    const onSubmit = jest.fn(async () => null)
    renderForm(onSubmit)
    await act(async () => fireEvent.click(screen.getByText('加入申报')))
    expect(onSubmit).toHaveBeenCalledWith('王会计', '')
  })
})

describe('the join form’s title', () => {
  it('names the application and the role once the invite is read, and an unnamed application as such', () => {
    const { joinTitle } = jest.requireActual('../../src/components/NameForm') as typeof import('../../src/components/NameForm')
    expect(joinTitle('潍坊市坊子区动力装备特色产业集群', '填报员')).toBe('加入申报“潍坊市坊子区动力装备特色产业集群”，担任填报员：您的称呼')
    expect(joinTitle('', '县级审核')).toBe('加入申报“未命名申报”，担任县级审核：您的称呼')
    expect(joinTitle('潍坊市坊子区动力装备特色产业集群', '填报员', '王建国')).toBe('王建国邀请您加入申报“潍坊市坊子区动力装备特色产业集群”，担任填报员：您的称呼')
  })
})
