import { format2, parseNumber } from './decimal'

describe('parseNumber', () => {
  it.each([
    ['118.36', 'amount', '118.36'],
    ['118.3', 'amount', '118.30'],
    ['118', 'amount', '118.00'],
    ['１１８．３６', 'amount', '118.36'],
    ['1,234.5', 'amount', '1234.50'],
    ['12,345,678', 'amount', '12345678.00'],
    ['  72.5 ', 'share', '72.50'],
    ['１２％', 'share', '12.00'],
    ['12%', 'rate', '12.00'],
    ['-4.6', 'rate', '-4.60'],
    ['−4.6', 'rate', '-4.60'],
    ['-0', 'amount', '0.00'],
    ['-0.001', 'rate', '0.00'],
    ['+5', 'amount', '5.00'],
    ['.5', 'amount', '0.50'],
    ['007', 'count', '7'],
    ['12.00', 'count', '12'],
    ['0', 'count', '0']
  ] as const)('accepts %p as a %s and stores %p', (raw, kind, value) => {
    expect(parseNumber(raw, kind)).toMatchObject({ ok: true, value })
  })

  it.each([
    ['12.345', '12.35'],
    ['1.005', '1.01'],
    ['0.125', '0.13'],
    ['99.995', '100.00'],
    ['2.344', '2.34']
  ])('rounds %p half-up to %p and says so', (raw, to) => {
    expect(parseNumber(raw, 'amount')).toEqual({ ok: true, value: to, rounded: { from: raw, to } })
  })

  it('reports no rounding when there are at most two decimals', () => {
    expect(parseNumber('12.34', 'amount')).toEqual({ ok: true, value: '12.34' })
  })

  it.each([
    ['NaN', 'NUMBER_INVALID'],
    ['Infinity', 'NUMBER_INVALID'],
    ['-Infinity', 'NUMBER_INVALID'],
    ['1e5', 'NUMBER_INVALID'],
    ['0x1F', 'NUMBER_INVALID'],
    ['1,23', 'NUMBER_INVALID'],
    ['12..3', 'NUMBER_INVALID'],
    ['', 'NUMBER_INVALID'],
    ['无', 'NUMBER_INVALID'],
    ['😀', 'NUMBER_INVALID'],
    ['12\u0000', 'NUMBER_INVALID'],
    ['<script>alert(1)</script>', 'NUMBER_INVALID'],
    ['1'.repeat(10000), 'NUMBER_INVALID'],
    ['1234567890123', 'NUMBER_TOO_LARGE'],
    ['-3', 'NUMBER_NEGATIVE'],
    ['12.5', 'COUNT_NOT_INTEGER']
  ])('refuses %p with %s', (raw, code) => {
    const kind = code === 'COUNT_NOT_INTEGER' ? 'count' : 'amount'
    expect(parseNumber(raw, kind)).toEqual({ ok: false, code })
  })

  it('refuses a percent sign on an amount', () => {
    expect(parseNumber('12%', 'amount')).toEqual({ ok: false, code: 'NUMBER_INVALID' })
  })

  it.each([
    [NaN, false],
    [Infinity, false],
    [0.1 + 0.2, true],
    [42, true]
  ])('handles the JS number %p (ok: %p)', (raw, ok) => {
    expect(parseNumber(raw, 'amount').ok).toBe(ok)
  })

  it('refuses values that are neither text nor numbers', () => {
    expect(parseNumber({ value: 1 }, 'amount')).toEqual({ ok: false, code: 'NUMBER_INVALID' })
    expect(parseNumber(null, 'amount')).toEqual({ ok: false, code: 'NUMBER_INVALID' })
  })
})

describe('format2', () => {
  it.each([
    [12.4648, '12.46'],
    [0.125, '0.13'],
    [-4.605, '-4.61'],
    [-0.001, '0.00'],
    [117.5868, '117.59']
  ])('formats %p as %p', (n, text) => {
    expect(format2(n)).toBe(text)
  })
})
