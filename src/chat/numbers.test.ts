import { chineseToNumber, readNumber, splitValues } from './numbers'

describe('readNumber', () => {
  it.each([
    ['118.36', '亿元', '118.36'],
    ['１１８．３６', '亿元', '118.36'],
    ['12%', '%', '12'],
    ['１２％', '%', '12'],
    ['百分之十二点五', '%', '12.5'],
    ['百分之12', '%', '12'],
    ['三十二', '家', '32'],
    ['32家', '家', '32'],
    ['1,234.5', '万元', '1234.5'],
    ['-4.6%', '%', '-4.6']
  ] as const)('reads %p for a cell in %s as %p', (raw, unit, text) => {
    expect(readNumber(raw, unit)).toEqual({ ok: true, text })
  })

  it.each([
    ['3,200万', '亿元', '0.32', '3200万元', '0.32亿元'],
    ['1183600万元', '亿元', '118.36', '1183600万元', '118.36亿元'],
    ['12.5亿', '万元', '125000', '12.5亿元', '125000万元'],
    ['0.5亿元', '万元', '5000', '0.5亿元', '5000万元']
  ] as const)('converts %p into %s and says so', (raw, unit, text, from, to) => {
    expect(readNumber(raw, unit)).toEqual({ ok: true, text, converted: { from, to } })
  })

  it.each([
    ['12亿', '%'],
    ['12%', '亿元'],
    ['5人', '家']
  ] as const)('refuses %p for a cell in %s', (raw, unit) => {
    expect(readNumber(raw, unit)).toEqual({ ok: false, reason: 'unit' })
  })

  it('passes text it cannot read to the rule module to explain', () => {
    expect(readNumber('很多', '家')).toEqual({ ok: true, text: '很多' })
  })
})

describe('chineseToNumber', () => {
  it.each([
    ['十', '10'],
    ['十二', '12'],
    ['一百零五', '105'],
    ['两千三百', '2300'],
    ['十二点五', '12.5']
  ])('reads %p as %p', (cn, n) => {
    expect(chineseToNumber(cn)).toBe(n)
  })
})

describe('splitValues', () => {
  it.each([
    ['118.36 131.52 146.8', ['118.36', '131.52', '146.8']],
    ['118.36，131.52、146.8', ['118.36', '131.52', '146.8']],
    ['１１８．３６　１３１．５２　１４６．８', ['118.36', '131.52', '146.8']],
    ['118.36,131.52,146.8', ['118.36', '131.52', '146.8']],
    ['1,234.5 2,345.6 3,456', ['1,234.5', '2,345.6', '3,456']]
  ])('splits %p', (raw, parts) => {
    expect(splitValues(raw)).toEqual(parts)
  })
})
