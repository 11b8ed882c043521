import { isPctNumber, parsePatentNumber, parseStandardNumber, patentCheckDigit } from './numberFormats'

describe('Chinese patent numbers (year + type + serial + check digit)', () => {
  it.each([
    ['ZL202110215728.6', { ok: true, canonical: 'ZL202110215728.6', year: 2021, kind: 'invention' }],
    ['ZL202210139768.1', { ok: true, canonical: 'ZL202210139768.1', year: 2022, kind: 'invention' }],
    ['201710601862.3', { ok: true, canonical: 'ZL201710601862.3', year: 2017, kind: 'invention' }],
    ['ＺＬ２０２１１０２１５７２８．６', { ok: true, canonical: 'ZL202110215728.6' }],
    ['zl 2021 1021 5728.6', { ok: true, canonical: 'ZL202110215728.6' }],
    ['ZL2021102157286', { ok: true, canonical: 'ZL202110215728.6' }],
    ['ZL202110215728.5', { ok: false, reason: 'checkDigit', expected: '6' }],
    ['ZL202110215728.X', { ok: false, reason: 'checkDigit', expected: '6' }],
    ['ZL202180215728.X', { ok: false, reason: 'checkDigit', expected: '4' }],
    ['ZL202180215728.4', { ok: true, kind: 'invention' }],
    ['ZL202120215728.1', { ok: true, kind: 'utility' }],
    ['ZL202130215728.7', { ok: true, kind: 'design' }],
    ['ZL202190215728.X', { ok: true, kind: 'utility' }],
    ['ZL202150215728.7', { ok: false, reason: 'type' }],
    ['PCT/CN2023/080164', { ok: false, reason: 'pct' }],
    ['ZL20211021572.6', { ok: false, reason: 'format' }],
    ['CN112345678A', { ok: false, reason: 'format' }],
    ['', { ok: false, reason: 'format' }]
  ])('%s → %p', (raw, expected) => {
    expect(parsePatentNumber(raw)).toMatchObject(expected)
  })

  it('writes a check digit of 10 as X', () => {
    // 2021 1 0000004: 2·2+3·0+4·2+5·1+6·1+7·0+…+5·4 = 43 → 43 mod 11 = 10.
    expect(patentCheckDigit('202110000004')).toBe('X')
    expect(parsePatentNumber('ZL202110000004.X')).toMatchObject({ ok: true, canonical: 'ZL202110000004.X' })
    expect(parsePatentNumber('ZL202110000004.x')).toMatchObject({ ok: true })
    expect(parsePatentNumber('ZL202110000004.0')).toMatchObject({ ok: false, reason: 'checkDigit', expected: 'X' })
  })

  it('recognises PCT application numbers', () => {
    expect(isPctNumber('PCT/CN2023/080164')).toBe(true)
    expect(isPctNumber('ＰＣＴ／ＣＮ２０２３／０８０１６４')).toBe(true)
    expect(isPctNumber('ZL202110215728.6')).toBe(false)
  })
})

describe('standard numbers by family, year required', () => {
  it.each([
    ['GB/T 1.1—2020', { ok: true, family: '国家', year: 2020, canonical: 'GB/T 1.1—2020' }],
    ['GB 4706.1-2005', { ok: true, family: '国家', year: 2005 }],
    ['GB/Z 41305–2022', { ok: true, family: '国家', year: 2022 }],
    ['gb/t 39916－2021', { ok: true, family: '国家', canonical: 'GB/T 39916—2021' }],
    ['NY/T 1234—2020', { ok: true, family: '行业' }],
    ['JB/T 10090-2019', { ok: true, family: '行业' }],
    ['QB/T 5678—2021', { ok: true, family: '行业' }],
    ['HG 20571—2014', { ok: true, family: '行业' }],
    ['T/CAS 290—2017', { ok: true, family: '团体', year: 2017 }],
    ['T/SDNJ 21007—2021', { ok: true, family: '团体' }],
    ['DB37/T 4321—2021', { ok: true, family: '地方' }],
    ['ISO 9001:2015', { ok: true, family: '国际', year: 2015 }],
    ['ISO/IEC 27001—2022', { ok: true, family: '国际' }],
    ['IEC 60335-1—2020', { ok: true, family: '国际', canonical: 'IEC 60335-1—2020' }],
    ['GB/T 39916', { ok: false, reason: 'noYear', family: '国家' }],
    ['IEC 60335-1', { ok: false, reason: 'noYear', family: '国际' }],
    ['T/CAS 290', { ok: false, reason: 'noYear', family: '团体' }],
    ['国标39916—2021', { ok: false, reason: 'format' }],
    ['GBT39916-2021', { ok: false, reason: 'format' }],
    ['ABC/T 1—2020', { ok: false, reason: 'format' }],
    ['', { ok: false, reason: 'format' }]
  ])('%s → %p', (raw, expected) => {
    expect(parseStandardNumber(raw)).toMatchObject(expected)
  })
})
