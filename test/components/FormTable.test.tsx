import { fireEvent, render } from '@testing-library/react'
import { FormTable } from '../../src/components/FormTable'
import { getSection } from '../../src/form'
import type { Answers } from '../../src/rules'
import { COMPLETE_APPLICATION } from '../fixtures/completeApplication'

const cellText = (id: string) => Array.from(document.querySelectorAll(`[data-item-id="${id}"] .ft-td`)).map((c) => c.textContent)

describe('the section table, laid out like the printed form', () => {
  it('shows a year row as three year columns', () => {
    render(<FormTable section={getSection('s2')} answers={COMPLETE_APPLICATION as Answers} onEdit={() => undefined} />)
    expect(cellText('s2.totalOutput')).toEqual(['2021年', '2022年', '2023年', '118.36', '131.52', '146.80'])
  })

  it('shows every list entry as a row under the printed column labels', () => {
    const answers: Answers = {
      's3.standardsList': { value: { entries: [{ id: 'e1', fields: { name: '数控机床 精度检验', code: 'GB/T 17421.1—2023', category: '国家', role: '主持', year: '2023', enterprise: '滕州某机床公司' } }] } }
    }
    render(<FormTable section={getSection('s3')} answers={answers} onEdit={() => undefined} />)
    expect(cellText('s3.standardsList')).toEqual(['序号', '标准名称', '标准号', '类别', '主持或参与', '发布年份', '起草企业', '1', '数控机床 精度检验', 'GB/T 17421.1—2023', '国家', '主持', '2023', '滕州某机床公司'])
  })

  it('opens a tapped entry of a list by its number, and the list itself from anywhere else in the row', () => {
    const entry = (n: number) => ({ id: `e${n}`, fields: { name: `标准${n}`, code: `GB/T ${n}—2023`, category: '国家', role: '主持', year: '2023', enterprise: '滕州某机床公司' } })
    const answers: Answers = { 's3.standardsList': { value: { entries: [entry(1), entry(2)] } } }
    const taps: unknown[][] = []
    render(<FormTable section={getSection('s3')} answers={answers} onEdit={(...a) => void taps.push(a)} />)
    fireEvent.click(document.querySelector('[data-item-id="s3.standardsList"] [data-row="2"]') as Element)
    fireEvent.click(document.querySelector('[data-item-id="s3.standardsList"] .ft-label') as Element)
    expect(taps).toEqual([['s3.standardsList', 2], ['s3.standardsList']])
  })

  it('shows platform names and counts, and ticked boxes as ☑', () => {
    render(<FormTable section={getSection('s3')} answers={COMPLETE_APPLICATION as Answers} onEdit={() => undefined} />)
    const platforms = document.querySelector('[data-item-id="s3.platforms"]')?.textContent ?? ''
    expect(platforms).toContain('数量：')
    expect(platforms).toContain('名称：')
    expect(platforms).not.toContain('名称：—')
  })

  it('shows the plan’s text part by part, not a count', () => {
    render(<FormTable section={getSection('s8')} answers={COMPLETE_APPLICATION as Answers} onEdit={() => undefined} />)
    const plan = document.querySelector('[data-item-id="s8.plan"]')?.textContent ?? ''
    const parts = (COMPLETE_APPLICATION['s8.plan']?.value as { parts: Record<string, string> }).parts
    for (const text of Object.values(parts)) expect(plan).toContain(text)
  })

  it('marks 九’s signatures, stamps and dates as places on paper', () => {
    render(<FormTable section={getSection('s9')} answers={{}} onEdit={() => undefined} />)
    expect(document.querySelector('[data-item-id="s9.countySignature"]')?.textContent).toBe('真实性声明县级行政区划中小企业主管部门负责人（签字）导出后在纸质申报表上签字')
    expect(document.querySelector('[data-item-id="s9.cityStamp"]')?.textContent).toBe('市级中小企业主管部门推荐意见推荐单位（公章）导出后在纸质申报表上盖章')
  })

  it('shows an answer’s saved explanation under it, as the reviewer will read it', () => {
    const answers: Answers = { 's7.services': { value: { ticked: [] }, explanation: '集群公共服务由县级平台统一提供' } }
    render(<FormTable section={getSection('s7')} answers={answers} onEdit={() => undefined} />)
    expect(document.querySelector('[data-item-id="s7.services"] .ft-explanation')?.textContent).toBe('说明：集群公共服务由县级平台统一提供')
    expect(document.querySelectorAll('.ft-explanation')).toHaveLength(1)
  })
})
