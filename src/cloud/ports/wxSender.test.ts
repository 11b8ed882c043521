import { createSubscribeStandIn } from '../../../test/stand-ins/wxSubscribe'
import { createWxSender } from './wxSender'

const TEMPLATE = 'tmpl_deadline'
const FIELDS = ['thing1', 'thing2', 'time3', 'phrase4']
const message = (data: Record<string, string> = {}) => ({
  touser: 'o_a',
  templateId: TEMPLATE,
  page: 'pages/messages/index?app=app_1&item=s2.totalOutput',
  miniprogramState: 'formal' as const,
  data: Object.fromEntries(Object.entries({ thing1: '潍坊市坊子区动力装备特色产业集群', thing2: '第二部分还有20项必填未填', time3: '2024年4月30日 23:59', phrase4: '剩三天', ...data }).map(([k, v]) => [k, { value: v }]))
})

describe('sending a reminder with cloud.openapi.subscribeMessage.send', () => {
  const setup = () => {
    const wx = createSubscribeStandIn({ [TEMPLATE]: FIELDS }, ['pages/messages/index'])
    return { wx, sender: createWxSender(wx) }
  }

  it('sends with the cloud call’s camelCase parameters and uses one subscription', async () => {
    const { wx, sender } = setup()
    wx.accept('o_a', TEMPLATE)
    expect(await sender.send(message())).toEqual({ kind: 'sent' })
    expect(wx.sent).toEqual([{ ...message(), miniprogramState: 'formal' }])
    expect(wx.credits('o_a', TEMPLATE)).toBe(0)
  })

  it('reports 43101 when the user has no subscription left', async () => {
    const { sender } = setup()
    expect(await sender.send(message())).toEqual({ kind: 'noCredit', errcode: 43101, errmsg: 'openapi.subscribeMessage.send:fail 43101 user refuse to accept the msg' })
  })

  it('reports 47003 naming the field that breaks its rule, and keeps the subscription', async () => {
    const { wx, sender } = setup()
    wx.accept('o_a', TEMPLATE)
    expect(await sender.send(message({ phrase4: '剩3天' }))).toEqual({ kind: 'invalid', errcode: 47003, errmsg: 'openapi.subscribeMessage.send:fail 47003 argument invalid! data.phrase4.value invalid' })
    expect(await sender.send(message({ thing2: '一二三四五六七八九十一二三四五六七八九十一' }))).toMatchObject({ kind: 'invalid', errcode: 47003 })
    expect(wx.credits('o_a', TEMPLATE)).toBe(1)
  })

  it('reports other errcodes as failures, and a failure without one too', async () => {
    const { wx, sender } = setup()
    wx.accept('o_a', TEMPLATE)
    expect(await sender.send({ ...message(), page: 'pages/nowhere/index' })).toEqual({ kind: 'failed', errcode: 41030, errmsg: 'openapi.subscribeMessage.send:fail 41030 invalid page' })
    const offline = createWxSender({ openapi: { subscribeMessage: { send: () => Promise.reject(new Error('network down')) } } })
    expect(await offline.send(message())).toEqual({ kind: 'failed', errcode: null, errmsg: 'network down' })
  })
})
