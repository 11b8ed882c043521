import { act, fireEvent, render, screen } from '@testing-library/react'
import { ReviewPanel } from '../../src/components/ReviewPanel'
import { navigations } from '../stand-ins/taro'

type Reply = (body: Record<string, unknown>) => unknown
const calls: { name: string; body: Record<string, unknown> }[] = []
let replies: Record<string, Reply> = {}

const application = (role: string, review?: unknown) => () => ({ ok: true, data: { application: { clusterName: '', review }, me: { role } } })

beforeEach(() => {
  calls.length = 0
  navigations.length = 0
  global.fetch = jest.fn(async (url: string, init: { body: string }) => {
    const name = String(url).split('/').pop() as string
    const body = JSON.parse(init.body)
    calls.push({ name, body })
    return { json: async () => (replies[name] ? replies[name](body) : { ok: true, data: {} }) }
  }) as unknown as typeof fetch
})

async function show() {
  await act(async () => {
    render(<ReviewPanel appId='app9' />)
  })
}
const click = async (text: string) =>
  act(async () => {
    fireEvent.click(screen.getByText(text))
  })
const type = (selector: string, value: string) => fireEvent.change(document.querySelector(selector) as Element, { target: { value } })
const text = (selector: string) => Array.from(document.querySelectorAll(selector), (n) => n.textContent)

describe('the review panel', () => {
  it('lets the owner submit, and lists what to fix when the server refuses; a row opens its question', async () => {
    replies = {
      getApplication: application('owner'),
      submitApplication: () => ({
        ok: true,
        data: { submitted: false, code: 'SUBMIT_BLOCKED', message: '还有需要修改或说明的内容，暂不能提交。', toFix: [{ itemIds: ['s1.area'], severity: 'error', message: '集群占地面积：150.00平方公里，超过100平方公里。' }] }
      })
    }
    await show()
    expect(text('.review__status')).toEqual(['申报状态：填写中'])
    await click('提交申报')
    expect(calls.filter((c) => c.name === 'submitApplication').map((c) => c.body)).toEqual([{ appId: 'app9' }])
    expect(text('.review__note')).toEqual(['还有 1 处需要修改或说明，暂不能提交；点下面各条可直接去修改。'])
    expect(text('.review__group-title')).toEqual(['一、基本情况（1 处）'])
    expect(text('.review__fix')).toEqual(['集群占地面积：150.00平方公里，超过100平方公里。（点此修改）'])
    await click('集群占地面积：150.00平方公里，超过100平方公里。（点此修改）')
    expect(navigations).toEqual(['/pages/chat/index?item=s1.area'])
  })

  it('puts the summary above what to fix, grouped by section in form order, one section open at a time', async () => {
    const fix = (itemId: string, message: string) => ({ itemIds: [itemId], severity: 'error', message })
    replies = {
      getApplication: application('owner'),
      submitApplication: () => ({
        ok: true,
        data: {
          submitted: false,
          code: 'SUBMIT_BLOCKED',
          message: '还有需要修改或说明的内容，暂不能提交。',
          toFix: [fix('s3.rdIntensity', '“集群中小企业近三年研发投入强度”为必填项。'), fix('s1.area', '“集群占地面积”为必填项。'), fix('s3.patentList', '“有效发明专利清单”为必填项。')]
        }
      })
    }
    await show()
    await click('提交申报')
    const order = Array.from(document.querySelectorAll('.review__note, .review__group-title, .review__fix'), (n) => n.textContent)
    expect(order).toEqual(['还有 3 处需要修改或说明，暂不能提交；点下面各条可直接去修改。', '一、基本情况（1 处）', '“集群占地面积”为必填项。（点此修改）', '三、创新能力情况（2 处）'])
    expect(text('.review__group-toggle')).toEqual(['收起', '展开'])
    await click('三、创新能力情况（2 处）')
    expect(text('.review__fix')).toEqual(['“集群中小企业近三年研发投入强度”为必填项。（点此修改）', '“有效发明专利清单”为必填项。（点此修改）'])
    expect(text('.review__group-toggle')).toEqual(['展开', '收起'])
    await click('三、创新能力情况（2 处）')
    expect(text('.review__fix')).toEqual([])
  })

  it('confirms a submission and shows the locked state', async () => {
    let status = 'draft'
    replies = {
      getApplication: () => application('owner', { status, returned: [], log: [] })(),
      submitApplication: () => {
        status = 'submitted'
        return { ok: true, data: { submitted: true, status: 'submitted', version: 1, at: 't' } }
      }
    }
    await show()
    await click('提交申报')
    expect(text('.review__note')).toEqual(['已提交，等待县级审核。'])
    expect(text('.review__status')).toEqual(['申报状态：已提交，等待县级审核（内容已锁定）'])
    expect(screen.queryByText('提交申报')).toBeNull()
    await click('撤回修改')
    expect(text('.review__note')).toEqual(['请先填写撤回原因。'])
    expect(calls.some((c) => c.name === 'reopenApplication')).toBe(false)
  })

  it('lets the county reviewer return single items with comments, found by a part of their printed label', async () => {
    replies = { getApplication: application('countyReviewer', { status: 'submitted', returned: [], log: [] }), reviewApplication: () => ({ ok: true, data: { status: 'returned', at: 't' } }) }
    await show()
    type('.review__input--item', '占地')
    type('.review__input--comment', '与规划文件不一致')
    await click('添加退回项')
    type('.review__input--item', '不存在的栏目')
    type('.review__input--comment', '请核对')
    await click('添加退回项')
    expect(text('.review__note')).toEqual(['申报表中没有包含“不存在的栏目”的栏目，请换个说法。'])
    expect(text('.review__pending')).toEqual(['将退回 集群占地面积（平方公里）：与规划文件不一致'])
    await click('退回修改')
    expect(calls.find((c) => c.name === 'reviewApplication')?.body).toEqual({ appId: 'app9', decision: 'return', items: [{ itemId: 's1.area', comment: '与规划文件不一致' }] })
    expect(text('.review__note')).toEqual(['已退回 1 项，等待填报人修改后重新提交。'])
  })

  it('shows an operator the returned items with the county’s comments; a tap opens the question in the chat', async () => {
    replies = { getApplication: application('operator', { status: 'returned', returned: [{ itemId: 's2.totalOutput', comment: '请核对2023年产值' }], log: [] }) }
    await show()
    expect(text('.review__status')).toEqual(['申报状态：县级审核退回修改 1 项'])
    await click('集群总产值（亿元）：请核对2023年产值（点此修改）')
    expect(navigations).toEqual(['/pages/chat/index?item=s2.totalOutput'])
    expect(screen.queryByText('提交申报')).toBeNull()
  })

  it('lets the city record its opinion once the county has approved', async () => {
    replies = {
      getApplication: application('cityRecommender', { status: 'approved', returned: [], log: [] }),
      patchAnswers: (b) => ({ ok: true, data: { results: [{ opId: (b.ops as { opId: string }[])[0].opId, status: 'accepted' }] } })
    }
    await show()
    expect(text('.review__status')).toEqual(['申报状态：县级审核已通过'])
    type('.review__input--opinion', '同意推荐。')
    await click('保存推荐意见')
    const op = (calls.find((c) => c.name === 'patchAnswers')?.body.ops as Record<string, unknown>[])[0]
    expect(op).toMatchObject({ itemId: 's9.cityOpinion', value: '同意推荐。', baseVersion: 0 })
    expect(text('.review__note')).toEqual(['推荐意见已保存。'])
  })
})
