import { COMPLETE_APPLICATION } from '../../test/fixtures/completeApplication'
import { findItem } from '../form'
import { finding } from './emit'
import { derivedOffer, judgeAnswer, orderFindings, type Answers } from './index'

const NOW = new Date('2024-04-01T02:00:00Z')
const upTo = (...ids: string[]): Answers => Object.fromEntries(ids.map((id) => [id, COMPLETE_APPLICATION[id]]))

describe('rule policy for one answer as it is given', () => {
  it('offers the geometric average growth, with its formula, from the DERIVED_OFFERS table', () => {
    expect(derivedOffer('s2.leadingCagr', upTo('s2.totalOutput', 's2.leadingShare', 's2.leadingGrowth'))).toEqual({
      value: '12.46',
      text:
        '按您填写的数据，近三年年均增速为12.46%，是否采用？（近三年年均增速 = (2023年主导产业产值 ÷ 2020年主导产业产值)^(1/3) − 1 = (117.59 ÷ 82.66)^(1/3) − 1 = 12.46%（2020年 = 92.91 ÷ (1 + 12.40%)））'
    })
  })

  it('offers nothing for an item outside the table, or before the data allow it', () => {
    expect(derivedOffer('s1.area', COMPLETE_APPLICATION)).toBeUndefined()
    expect(derivedOffer('s2.leadingCagr', upTo('s2.totalOutput'))).toBeUndefined()
  })

  it('refuses value errors, asks about warnings on this item, and tells the rest', () => {
    const item = findItem('s2.leadingCagr')!
    const v = judgeAnswer(item, { value: '13.50' }, upTo('s2.totalOutput', 's2.leadingShare', 's2.leadingGrowth'), { now: NOW })
    expect(v.errors).toEqual([])
    expect(v.warnings.map((f) => f.code)).toEqual(['CAGR_MISMATCH'])
    expect(v.notices).toEqual([])
  })

  it('refuses a count over 集群企业数量 as it is typed, before the other counts are answered', () => {
    const item = findItem('s2.highTech')!
    const v = judgeAnswer(item, { value: { '2021': '10', '2022': '12', '2023': '15000' } }, upTo('s2.enterprises'), { now: NOW })
    expect(v.errors.map((f) => [f.code, f.path, f.message])).toEqual([
      ['QUALITY_COUNT_EXCEEDS_TOTAL', '2023', `2023年“主导产业相关的国家级高新技术企业数量”（15000）不能超过集群企业数量（${(COMPLETE_APPLICATION['s2.enterprises']!.value as Record<string, string>)['2023']}）。`]
    ])
  })

  it('tells, and does not refuse, a cross-field error about an earlier answer', () => {
    const item = findItem('s2.enterprises')!
    const v = judgeAnswer(item, { value: { '2021': '1', '2022': '1', '2023': '1' } }, upTo('s2.smes'), { now: NOW })
    expect(v.errors).toEqual([])
    expect(v.notices.map((f) => f.code)).toEqual(['SME_COUNT_EXCEEDS_TOTAL', 'SME_COUNT_EXCEEDS_TOTAL', 'SME_COUNT_EXCEEDS_TOTAL'])
  })

  it('waits with a count-versus-list finding until the list is answered', () => {
    const item = findItem('s3.inventionPatents')!
    const v = judgeAnswer(item, { value: '412' }, {}, { now: NOW })
    expect([...v.errors, ...v.warnings, ...v.notices]).toEqual([])
  })

  it('does not ask for evidence while a value is typed', () => {
    const item = findItem('s2.chainWork')!
    const v = judgeAnswer(item, { value: { ticked: ['s2.chainWork.1'] } }, {}, { now: NOW })
    expect([...v.errors, ...v.warnings, ...v.notices].map((f) => f.code)).toEqual([])
  })

  it('tells an eligibility bar instead of asking to explain it', () => {
    const item = findItem('s1.area')!
    const v = judgeAnswer(item, { value: '120.00' }, {}, { now: NOW })
    expect(v.warnings).toEqual([])
    expect(v.notices.map((f) => f.message)).toEqual([
      '集群占地面积：120.00平方公里，未达到《中小企业特色产业集群认定标准（2022年版）》（工信部企业〔2022〕119号）的要求（不超过 100平方公里）。请核对数据；如数据无误，说明集群暂不符合这项申报条件，请勿为达标修改真实数据。'
    ])
  })

  it('orders errors before warnings before advice, keeping the order within each', () => {
    const info = finding('DECIMAL_ROUNDED', 'info', ['a'], { from: '1.005', to: '1.01' })
    const warn1 = finding('CHECKLIST_EMPTY', 'warning', ['b'], { label: '甲' })
    const err = finding('INDICATORS_EMPTY', 'error', ['c'])
    const warn2 = finding('CHECKLIST_EMPTY', 'warning', ['d'], { label: '乙' })
    expect(orderFindings([info, warn1, err, warn2])).toEqual([err, warn1, warn2, info])
  })
})
