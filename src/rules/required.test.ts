import { allItems, findItem, isAnswerable } from '../form'
import { NATIONAL_2022 } from './config'
import { normalizeValue } from './normalize'
import { valueFindings } from './valueRules'

const ctx = { config: NATIONAL_2022, now: new Date('2024-04-01T02:00:00Z') }
const missing = (id: string, value?: unknown) =>
  valueFindings(findItem(id)!, value === undefined ? undefined : { value }, ctx)
    .filter((f) => f.code === 'REQUIRED_MISSING')
    .map((f) => f.message)

describe('REQUIRED_MISSING says per kind how to answer “nothing to report”', () => {
  it.each([
    ['s2.chainNarrative', undefined, '“集群产业链强链补链情况（200字以内）”为必填项，不得空缺；无相关情况时请填写“无”。'],
    ['s3.pctApplications', undefined, '“集群中小企业PCT国际专利申请量”为必填项，不得空缺；没有请填 0。'],
    ['s1.area', undefined, '“集群占地面积（平方公里）”为必填项，不得空缺，请填写数值。'],
    ['s2.leadingCagr', undefined, '“近三年主导产业产值年均增速（%）”为必填项，不得空缺，请填写数值。'],
    ['s1.operatorContact', undefined, '“集群运营管理机构·联系人”为必填项，不得空缺，请填写。'],
    ['s1.operatorPhone', undefined, '“集群运营管理机构·联系方式”为必填项，不得空缺，请填写。'],
    ['cover.declareDate', undefined, '“申报时间”为必填项，不得空缺，请填写。'],
    ['s1.incidents', undefined, '“近三年是否发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件”为必填项，不得空缺，请选择一项。'],
    ['s7.services', undefined, '“集群提供中小企业公共服务情况”为必填项，不得空缺，请勾选已开展的工作。'],
    ['s6.branchList', undefined, '“境外分支机构清单”为必填项，不得空缺；确无相关情况时请选择“无”。'],
    ['s2.smes', { '2021': '1', '2022': '2' }, '“2023年其中：集群中小企业数量”为必填项，不得空缺；没有请填 0。'],
    ['s2.fdiGrowth', { '2021': '1', '2022': '2' }, '“2023年近三年集群外商直接投资额累计增长率（%）”为必填项，不得空缺，请填写数值。'],
    ['s5.greenSystem', { factories: '1', parks: '0', supplyChains: '0' }, '“绿色设计产品数量”为必填项，不得空缺；没有请填 0。'],
    ['cover.region', { city: '潍坊市', county: '' }, '“所属地区·县（市、区）”为必填项，不得空缺，请填写。']
  ])('%s ← %p: %s', (id, value, message) => {
    expect(missing(id, value)).toEqual([message])
  })

  it('never suggests 无 where 无 is refused, nor 0 where 0 is refused', () => {
    for (const item of allItems().filter(isAnswerable)) {
      if (!item.required || item.mirrorOf !== undefined) continue
      const [message] = valueFindings(item, undefined, ctx).map((f) => f.message)
      const suggested = message.includes('填写“无”') ? '无' : message.includes('没有请填 0') ? '0' : undefined
      if (suggested === undefined || item.kind === 'itemList') continue
      const raw =
        item.kind === 'yearRow'
          ? { '2021': suggested, '2022': suggested, '2023': suggested }
          : item.kind === 'countGroup'
            ? Object.fromEntries(item.counts.map((c) => [c.id, suggested]))
            : item.kind === 'platforms'
              ? Object.fromEntries(item.tiers.map((t) => [t.id, { count: suggested, entries: [] }]))
              : item.kind === 'standardsMatrix'
                ? Object.fromEntries(['2021', '2022', '2023'].map((y) => [y, Object.fromEntries(item.categories.map((c) => [c, { host: suggested, participate: suggested }]))]))
                : suggested
      const n = normalizeValue(item, raw)
      const errors = n.ok ? valueFindings(item, { value: n.value }, ctx).filter((f) => f.severity === 'error') : n.findings
      expect([item.id, suggested, errors.map((f) => f.code)]).toEqual([item.id, suggested, []])
    }
  })

  it('lets a list be answered 无 as its message says', () => {
    expect(valueFindings(findItem('s6.branchList')!, { value: { none: true, entries: [] } }, ctx)).toEqual([])
  })
})
