import { COMPLETE_APPLICATION, withAnswer } from '../../test/fixtures/completeApplication'
import { blocksSubmission, check, type Answer, type Answers } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const submit = (answers: Answers) => check(answers, { level: 'submit', now: NOW })
const set = (id: string, v: unknown, extra: Partial<Answer> = {}) => withAnswer(id, { ...COMPLETE_APPLICATION[id], value: v, ...extra })
const found = (answers: Answers) =>
  submit(answers)
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ code: f.code, severity: f.severity, itemIds: f.itemIds, ...(f.path ? { path: f.path } : {}), message: f.message }))

describe('consistency the form implies', () => {
  it('warns when a 第二产业 cluster answers 非工业集群，不适用', () => {
    expect(found(set('s5.waterAboveAverage', 's5.waterAboveAverage.3'))).toEqual([
      {
        code: 'INDUSTRY_TYPE_CONFLICT',
        severity: 'warning',
        itemIds: ['s5.waterAboveAverage', 's1.industryType'],
        message: '“主导产业所属产业类型”为“第二产业”（工业），但“工业用水重复利用率（%）·是否高于行业平均水平”选择了“非工业集群，不适用”，请核对。'
      }
    ])
  })

  it('accepts 非工业集群，不适用 for a 第三产业 cluster', () => {
    const a = { ...set('s5.waterAboveAverage', 's5.waterAboveAverage.3'), 's1.industryType': { value: 's1.industryType.3' } }
    expect(found(a).filter((f) => f.code === 'INDUSTRY_TYPE_CONFLICT')).toEqual([])
  })

  it('warns when 工业软件应用率稳步提升 is 是 while purchases fall', () => {
    expect(found(set('s4.softwarePurchases', { '2021': '1860.50', '2022': '2235.80', '2023': '1710.40' }))).toEqual([
      {
        code: 'SOFTWARE_RISING_CONFLICT',
        severity: 'warning',
        itemIds: ['s4.softwareRising', 's4.softwarePurchases'],
        path: '2023',
        message: '“工业软件应用率稳步提升”回答“是”，但工业软件采购金额 2022年 2235.80 万元、2023年 1710.40 万元，有所下降，请核对或简要说明。'
      }
    ])
  })

  it('lets an explained software warning pass', () => {
    const a = { ...set('s4.softwarePurchases', { '2021': '1860.50', '2022': '2235.80', '2023': '1710.40' }) }
    a['s4.softwareRising'] = { value: 's4.softwareRising.1', explanation: '2023年改为订阅制，采购额下降但使用企业增加' }
    expect(submit(a).filter(blocksSubmission)).toEqual([])
  })

  it('refuses an empty indicator table at 提交', () => {
    const plan = JSON.parse(JSON.stringify(COMPLETE_APPLICATION['s8.plan']!.value))
    plan.indicators = []
    expect(found(set('s8.plan', plan))).toEqual([
      {
        code: 'INDICATORS_EMPTY',
        severity: 'error',
        itemIds: ['s8.plan'],
        path: 'indicators',
        message: '发展目标指标表还没有填写任何指标：请至少填写一行“方向、指标、2023年基准值、2026年目标值”。'
      }
    ])
  })

  it('asks for an explanation of a required checklist with nothing ticked at 提交', () => {
    const a = set('s7.services', { ticked: [] })
    expect(found(a)).toEqual([
      {
        code: 'CHECKLIST_EMPTY',
        severity: 'warning',
        itemIds: ['s7.services'],
        message: '“集群提供中小企业公共服务情况”一项也未勾选；如确无相关工作，请简要说明。'
      }
    ])
    expect(check(a, { level: 'save', section: 's7', now: NOW }).filter((f) => f.code === 'CHECKLIST_EMPTY')).toEqual([])
  })

  it('warns when an amount in 亿元 looks like a figure in 万元', () => {
    expect(found(set('s2.totalOutput', { '2021': '1183600.00', '2022': '131.52', '2023': '146.80' })).filter((f) => f.code === 'AMOUNT_UNIT_SUSPECT')).toEqual([
      {
        code: 'AMOUNT_UNIT_SUSPECT',
        severity: 'warning',
        itemIds: ['s2.totalOutput'],
        path: '2021',
        message: '“2021年集群总产值（亿元）”为 1183600.00 亿元，远高于常见规模（10000 亿元以内），是否按“万元”填写了？请核对单位，或简要说明原因。'
      }
    ])
  })

  it('warns when software purchases in 万元 look like a figure in 元', () => {
    const f = found(set('s4.softwarePurchases', { '2021': '18605000.00', '2022': '22358000.00', '2023': '27104000.00' })).filter((x) => x.code === 'AMOUNT_UNIT_SUSPECT')
    expect(f.map((x) => x.path)).toEqual(['2021', '2022', '2023'])
    expect(f[0].message).toBe('“2021年工业软件采购金额（万元）”为 18605000.00 万元，远高于常见规模（1000000 万元以内），是否按“元”填写了？请核对单位，或简要说明原因。')
  })
})

describe('the CAGR bar uses the computed value when the yearly data allow it', () => {
  const slow = (typed: string): Answers => ({
    ...COMPLETE_APPLICATION,
    's2.totalOutput': { value: { '2021': '100.00', '2022': '105.30', '2023': '110.92' } },
    's2.leadingShare': { value: { '2021': '80.00', '2022': '80.00', '2023': '80.00' } },
    's2.leadingGrowth': { value: { '2021': '5.20', '2022': '5.30', '2023': '5.32' } },
    's2.leadingCagr': { value: typed, explanation: '按统计口径填写' }
  })

  it('gives BELOW_BAR for outputs that compute to 5.28% although 10.50 is typed and the mismatch explained', () => {
    const bar = submit(slow('10.50')).find((f) => f.code === 'BELOW_BAR' && f.params.barId === 'leadingCagr')
    expect(bar).toMatchObject({
      severity: 'error',
      message: '近三年主导产业产值年均增速：按各年产值计算为 5.28%，未达到《中小企业特色产业集群认定标准（2022年版）》（工信部企业〔2022〕119号）的要求（高于 10%）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'
    })
  })

  it('falls back to the typed value when the outputs are incomplete', () => {
    const a = { ...slow('9.00'), 's2.leadingShare': { value: { '2021': '80.00', '2022': '80.00' } } }
    expect(submit(a).find((f) => f.code === 'BELOW_BAR' && f.params.barId === 'leadingCagr')?.message).toBe(
      '近三年主导产业产值年均增速：9.00%，未达到《中小企业特色产业集群认定标准（2022年版）》（工信部企业〔2022〕119号）的要求（高于 10%）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'
    )
  })
})
