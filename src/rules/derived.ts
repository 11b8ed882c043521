/**
 * Derived indicators, each with the formula shown to the user (policy.md §3). Computed in floating point
 * from the canonical values and formatted half-up to two places; never stored as answers.
 */
import { format2 } from './decimal'
import { numberValue, yearValue } from './read'
import type { Answers } from './values'

export interface Derived {
  value: number
  /** Two-decimal text of the value, as the form prints it. */
  readonly text: string
  readonly formula: string
}

/** Text and formula are built only when read: most checks only compare the value. */
const derived = (value: number, formula: () => string): Derived => ({
  value,
  get text() {
    return format2(value)
  },
  get formula() {
    return formula()
  }
})

/** 主导产业产值 = 集群总产值 × 主导产业产值占比. */
export function leadingOutput(answers: Answers, year: number): Derived | undefined {
  const total = yearValue(answers, 's2.totalOutput', String(year))
  const share = yearValue(answers, 's2.leadingShare', String(year))
  if (total === undefined || share === undefined) return undefined
  const v = (total * share) / 100
  return derived(v, () => `${year}年主导产业产值 = 集群总产值 × 主导产业产值占比 = ${format2(total)} × ${format2(share)}% = ${format2(v)} 亿元`)
}

/** 主导产业产值增速(y) = 主导产业产值(y) ÷ 主导产业产值(y−1) − 1. */
export function leadingGrowth(answers: Answers, year: number): Derived | undefined {
  const now = leadingOutput(answers, year)
  const before = leadingOutput(answers, year - 1)
  if (!now || !before || before.value === 0) return undefined
  const g = (now.value / before.value - 1) * 100
  return derived(g, () => `${year}年主导产业产值增速 = ${now.text} ÷ ${before.text} − 1 = ${format2(g)}%`)
}

/**
 * 近三年年均增速 by the geometric 水平法, r = (V₂₀₂₃ ÷ V₀)^(1/n) − 1. The 2020 base is derived from the 2021
 * value and the entered 2021 growth rate (n = 3); without that rate it falls back to 2021 → 2023 (n = 2).
 */
export function leadingCagr(answers: Answers): Derived | undefined {
  const v2021 = leadingOutput(answers, 2021)
  const v2023 = leadingOutput(answers, 2023)
  if (!v2021 || !v2023 || v2021.value <= 0 || v2023.value <= 0) return undefined
  const g2021 = yearValue(answers, 's2.leadingGrowth', '2021')
  if (g2021 !== undefined && g2021 > -100) {
    const base = v2021.value / (1 + g2021 / 100)
    const r = (Math.pow(v2023.value / base, 1 / 3) - 1) * 100
    return derived(
      r,
      () =>
        `近三年年均增速 = (2023年主导产业产值 ÷ 2020年主导产业产值)^(1/3) − 1 = (${v2023.text} ÷ ${format2(base)})^(1/3) − 1 = ${format2(r)}%` +
        `（2020年 = ${v2021.text} ÷ (1 + ${format2(g2021)}%)）`
    )
  }
  const r = (Math.pow(v2023.value / v2021.value, 1 / 2) - 1) * 100
  return derived(r, () => `近三年年均增速 = (2023年主导产业产值 ÷ 2021年主导产业产值)^(1/2) − 1 = (${v2023.text} ÷ ${v2021.text})^(1/2) − 1 = ${format2(r)}%`)
}

/** 每万人有效发明专利拥有量 = 有效发明专利拥有量 ÷ 中小企业从业人员数 × 10000 (policy.md §3, likely). */
export function patentDensity(answers: Answers): Derived | undefined {
  const patents = numberValue(answers, 's3.inventionPatents')
  const employees = numberValue(answers, 's3.smeEmployees')
  if (patents === undefined || employees === undefined || employees === 0) return undefined
  const v = (patents / employees) * 10000
  return derived(v, () => `每万人有效发明专利拥有量 = 有效发明专利拥有量 ÷ 中小企业从业人员数 × 10000 = ${patents} ÷ ${employees} × 10000 = ${format2(v)}`)
}

/** Geometric mean of yearly growth rates (%), for 研发经费年均增长. */
export function meanGrowth(answers: Answers, itemId: string): Derived | undefined {
  const rates = ['2021', '2022', '2023'].map((y) => yearValue(answers, itemId, y))
  if (rates.some((r) => r === undefined || r <= -100)) return undefined
  const product = (rates as number[]).reduce((p, r) => p * (1 + r / 100), 1)
  const g = (Math.pow(product, 1 / 3) - 1) * 100
  return derived(g, () => `年均增长 = ((1+g₂₀₂₁)(1+g₂₀₂₂)(1+g₂₀₂₃))^(1/3) − 1 = ${format2(g)}%`)
}
