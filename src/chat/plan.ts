/** Section 八's indicator table: 2023 baselines pre-filled from earlier answers (issue 4). */
import { format2, leadingCagr, type Answers } from '../rules'

const year2023 = (answers: Answers, id: string): string | undefined => {
  const v = answers[id]?.value as Record<string, string> | undefined
  return v && typeof v === 'object' ? v['2023'] : undefined
}

export function baselineFor(indicator: string, answers: Answers): string | undefined {
  switch (indicator) {
    case '集群产值年均增速': {
      const entered = answers['s2.leadingCagr']?.value
      if (typeof entered === 'string' && entered !== '') return `${entered}%`
      const d = leadingCagr(answers)
      return d ? `${d.text}%` : undefined
    }
    case '优质中小企业数量': {
      const ids = ['s2.provincialSrdi', 's2.littleGiants', 's2.singleChampions', 's2.innovativeSmes']
      const values = ids.map((id) => Number(year2023(answers, id)))
      return values.every((n) => Number.isFinite(n)) ? `${values.reduce((a, b) => a + b, 0)}家` : undefined
    }
    case '有效发明专利数量': {
      const v = answers['s3.inventionPatents']?.value
      return typeof v === 'string' && v !== '' ? `${v}个` : undefined
    }
    case '工业互联网普及率': {
      const v = answers['s4.iiotRate']?.value
      return typeof v === 'string' && v !== '' ? `${v}%` : undefined
    }
    case '二氧化碳排放量': {
      const v = year2023(answers, 's5.co2Intensity')
      return v ? `${format2(Number(v))}吨二氧化碳/万元` : undefined
    }
    default:
      return undefined
  }
}
