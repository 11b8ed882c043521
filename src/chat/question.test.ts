import { allItems, findItem, isAnswerable } from '../form'
import { firstQuestion, questionFor } from './index'

describe('questions built from the form model', () => {
  it('asks 集群名称 first in section 一, with the printed pattern as hint', () => {
    const q = firstQuestion('s1')
    expect(q?.label).toBe('集群名称')
    expect(q?.hint).toBe('（XX市XX县（市、区）XX特色产业集群）')
  })

  it('answers 集群名称 once: the cover shows the section 一 answer as a mirror', () => {
    expect(findItem('cover.clusterName')?.mirrorOf).toBe('s1.clusterName')
    expect(isAnswerable(findItem('cover.clusterName')!)).toBe(false)
  })

  it('starts section 二 with the output year row in 亿元 and the 填报说明 on decimals and finance', () => {
    const q = firstQuestion('s2')
    expect(q?.label).toBe('集群总产值（亿元）')
    expect(q?.unit).toBe('亿元')
    expect(q?.expects).toContain('2021年、2022年、2023年')
    expect(q?.help).toContain('各必填栏目不得空缺，无相关情况时应填写“无”；数据有小数时，保留小数点后2位。')
    expect(q?.help).toContain('财务数据应以企业该年度会计报表期末数为准。')
  })

  it('offers the printed options of a yes/no gate including 不适用', () => {
    expect(questionFor(findItem('s1.energyBenchmark')!).options).toEqual(['是', '否', '非高耗能行业，不适用'])
  })

  it('builds a question with 填报说明 help for every required item', () => {
    for (const item of allItems().filter((i) => isAnswerable(i) && i.required)) {
      const q = questionFor(item)
      expect(q.label.length).toBeGreaterThan(0)
      expect(q.help.length).toBeGreaterThan(0)
    }
  })

  it('has nothing to ask in section 九 except the city opinion, typed by the city', () => {
    expect(firstQuestion('s9')?.itemId).toBe('s9.cityOpinion')
  })
})
