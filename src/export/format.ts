/**
 * Printed text of answers: 填报说明 “数据有小数时，保留小数点后2位” (two decimals) and “无相关情况时应填写‘无’”.
 */
import type { NumberKind } from '../form'
import { format2 } from '../rules'

/** A stored number as printed: counts as whole numbers, everything else with exactly two decimals. */
export function printNumber(raw: unknown, kind: NumberKind): string {
  if (raw === undefined || raw === null || raw === '') return ''
  const text = String(raw).trim()
  if (text === '无') return '无'
  if (kind === 'count') return text
  return /^-?\d+(\.\d+)?$/.test(text) ? format2(Number(text)) : text
}

/** 2024-03-15 → 2024年3月15日 (the form writes dates in Chinese). */
export function printDate(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : raw
}

export const TICKED = '☑'
export const UNTICKED = '☐'
export const tick = (on: boolean, label: string): string => `${on ? TICKED : UNTICKED}${label}`

/** Printed for “no such case” (填报说明: 无相关情况时应填写“无”). */
export const NONE = '无'
