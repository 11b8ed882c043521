/**
 * The weapp's consent: wx.requestSubscribeMessage must be called inside the tap (before any await), each
 * `accept` becomes one credit in the cloud, and WeChat's refusals read in Chinese. Taro is the jsdom stand-in.
 */
import Taro from '@tarojs/taro'
import { ASK_ON_TAP, JOINED_ASK, SUBSCRIBE_NOTE, subscribeReminders } from '../../src/components/MyTodo/subscribeReminders.weapp'
import { REMINDER_CONFIG } from '../../src/reminders'

type Request = (o: { tmplIds: string[] }) => Promise<Record<string, string>>
const taro = Taro as unknown as { requestSubscribeMessage?: Request }
let calls: { name: string; body: unknown }[] = []

beforeEach(() => {
  calls = []
  global.fetch = jest.fn(async (url: string, init: { body: string }) => {
    calls.push({ name: String(url).split('/').pop() as string, body: JSON.parse(init.body) })
    return { json: async () => ({ ok: true, data: { credits: { deadline: 3 } } }) }
  }) as unknown as typeof fetch
  REMINDER_CONFIG.templates.deadline.id = 'tmpl_deadline'
})
afterEach(() => {
  REMINDER_CONFIG.templates.deadline.id = ''
  delete taro.requestSubscribeMessage
})

describe('asking for a reminder in the weapp', () => {
  it('calls requestSubscribeMessage at once, inside the tap, and counts an accept in the cloud', async () => {
    taro.requestSubscribeMessage = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', tmpl_deadline: 'accept' }))
    const pending = subscribeReminders()
    expect(taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl_deadline'] })
    expect(await pending).toEqual({ kind: 'granted', credits: 3 })
    expect(calls).toEqual([{ name: 'grantReminderCredit', body: { templates: ['deadline'] } }])
  })

  it('counts nothing when the member rejects', async () => {
    taro.requestSubscribeMessage = jest.fn(async () => ({ errMsg: 'requestSubscribeMessage:ok', tmpl_deadline: 'reject' }))
    expect(await subscribeReminders()).toEqual({ kind: 'declined' })
    expect(calls).toEqual([])
  })

  it('explains a switched-off subscription (20004) and any other failure in Chinese', async () => {
    taro.requestSubscribeMessage = jest.fn(() => Promise.reject({ errCode: 20004, errMsg: 'requestSubscribeMessage:fail' }))
    expect(await subscribeReminders()).toEqual({ kind: 'error', message: '您已在微信中关闭了本小程序的订阅消息，请点右上角“…”→“设置”→“订阅消息”打开后再试。' })
    taro.requestSubscribeMessage = jest.fn(() => Promise.reject({ errCode: 10005, errMsg: 'requestSubscribeMessage:fail' }))
    expect(await subscribeReminders()).toEqual({ kind: 'error', message: '微信未能打开订阅提醒，请稍后再试。' })
  })

  it('asks nothing while no template is configured, and says why', async () => {
    REMINDER_CONFIG.templates.deadline.id = ''
    taro.requestSubscribeMessage = jest.fn()
    expect(await subscribeReminders()).toEqual({ kind: 'error', message: '截止提醒尚未开通（管理员尚未配置提醒模板），暂不能订阅。' })
    expect(taro.requestSubscribeMessage).not.toHaveBeenCalled()
  })

  it('asks on natural taps and explains the schedule', () => {
    expect(ASK_ON_TAP).toBe(true)
    expect(SUBSCRIBE_NOTE).toBe('截止前 7、3、1 天和当天，如您负责的内容还没完成，微信会提醒您。每同意一次可收到 1 条提醒。')
    expect(JOINED_ASK).toBe('您已加入这份申报。点“接收截止提醒”，截止前会在微信里提醒您还没完成的部分。')
  })
})
