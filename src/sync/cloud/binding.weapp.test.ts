/**
 * The weapp binding sends every call through the router function and turns WeChat's errors into codes.
 * Taro.cloud is replaced by a recorder (the real one needs a phone); CLOUD_ENV is a build-time constant.
 */
const calls: { name: string; data: unknown }[] = []
let answer: () => Promise<unknown> = async () => ({ result: { ok: true, data: { openid: 'o1', displayName: null, serverTime: 't' } } })

jest.mock(
  '@tarojs/taro',
  () => ({
    __esModule: true,
    default: {
      cloud: {
        init: () => undefined,
        callFunction: (options: { name: string; data: unknown }) => {
          calls.push(options)
          return answer()
        }
      }
    }
  })
)
;(globalThis as unknown as { CLOUD_ENV: string }).CLOUD_ENV = ''

import { callFunction } from './binding.weapp'

beforeEach(() => {
  calls.length = 0
})

describe('weapp cloud binding', () => {
  it('calls the one router function with the handler name and its event', async () => {
    const r = await callFunction('listMembers', { appId: 'a1' })
    expect(calls).toEqual([{ name: 'api', data: { fn: 'listMembers', data: { appId: 'a1' } } }])
    expect(r.ok).toBe(true)
  })

  it('maps a function timeout to TIMEOUT, not to offline', async () => {
    answer = async () => {
      throw { errCode: -404011, errMsg: 'cloud.callFunction:fail cloud function service error code -504003, error message Invoking task timed out after 3 seconds' }
    }
    expect(await callFunction('patchAnswers', { appId: 'a1', ops: [] })).toEqual({ ok: false, error: { code: 'TIMEOUT', message: '服务器处理超时，请稍后重试。' } })
  })

  it('maps a failed request to NETWORK', async () => {
    answer = async () => {
      throw { errMsg: 'cloud.callFunction:fail request:fail' }
    }
    expect(await callFunction('whoami', {})).toEqual({ ok: false, error: { code: 'NETWORK', message: '网络连接失败，请检查网络后重试。' } })
  })

  it('treats a result that is not ours as an internal error', async () => {
    answer = async () => ({ result: undefined })
    expect(await callFunction('whoami', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试。' } })
  })
})
