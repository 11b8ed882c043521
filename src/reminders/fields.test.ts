import { chineseNumber, daysLeftPhrase, deadlineTime, graphemes, isPhrase, isTime, thing } from './fields'

describe('a thing value within 20 characters', () => {
  it('keeps a value that fits as it is', () => {
    expect(thing('潍坊市坊子区动力装备特色产业集群')).toBe('潍坊市坊子区动力装备特色产业集群')
    expect(thing('一二三四五六七八九十一二三四五六七八九十')).toBe('一二三四五六七八九十一二三四五六七八九十')
  })

  it('cuts a long Chinese value to 19 characters and an ellipsis', () => {
    const cut = thing('烟台市黄渤海新区生物医药与高端医疗器械特色产业集群')
    expect(cut).toBe('烟台市黄渤海新区生物医药与高端医疗器械…')
    expect(cut.length).toBe(20)
  })

  it('never splits an emoji’s surrogate pair, and counts it as two units', () => {
    const cut = thing('😀'.repeat(15))
    expect(cut).toBe(`${'😀'.repeat(9)}…`)
    expect(cut.length).toBe(19)
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false)
  })

  it('keeps family, flag, skin-tone and keycap emoji whole when it cuts', () => {
    const family = '👨‍👩‍👧'
    // 11 characters + one family (8 UTF-16 units) + “…” is exactly 20; the second family does not fit whole.
    expect(thing(`三人未完成：财务、科技${family}${family}`)).toBe(`三人未完成：财务、科技${family}…`)
    expect(thing(`三人未完成：财务、科技、${family}${family}`)).toBe('三人未完成：财务、科技、…')
    expect(thing(`一二三四五六七八九十一二三四五六七🇨🇳🇨🇳`)).toBe('一二三四五六七八九十一二三四五六七…')
    expect(thing(`一二三四五六七八九十一二三四五六👍🏽好`)).toBe('一二三四五六七八九十一二三四五六…')
    expect(graphemes('1️⃣👍🏽🇨🇳e\u0301')).toEqual(['1️⃣', '👍🏽', '🇨🇳', 'e\u0301'])
  })

  it('drops control and direction characters and never sends an empty value', () => {
    expect(thing('财务\u202e部\u0007')).toBe('财务部')
    expect(thing('  \n ')).toBe('无')
  })
})

describe('a phrase value of at most five Chinese characters', () => {
  it('says the days left in Chinese numerals only', () => {
    expect([0, 1, 2, 3, 7, 10, 12, 20, 99, 100, -1].map(daysLeftPhrase)).toEqual([
      '今天截止',
      '明天截止',
      '剩二天',
      '剩三天',
      '剩七天',
      '剩十天',
      '剩十二天',
      '剩二十天',
      '剩九十九天',
      '即将截止',
      '已过截止'
    ])
    for (let d = -3; d <= 120; d++) expect(isPhrase(daysLeftPhrase(d))).toBe(true)
  })

  it('refuses digits, letters and more than five characters', () => {
    expect(isPhrase('剩3天')).toBe(false)
    expect(isPhrase('还剩下三十天')).toBe(false)
    expect(isPhrase('OK')).toBe(false)
  })

  it('writes 0–99 in Chinese and refuses anything else', () => {
    expect([0, 9, 10, 11, 19, 21, 90].map(chineseNumber)).toEqual(['零', '九', '十', '十一', '十九', '二十一', '九十'])
    expect(() => chineseNumber(100)).toThrow(RangeError)
  })
})

describe('a time value', () => {
  it('is the deadline day’s last minute in the documented 年月日 + 24-hour form', () => {
    expect(deadlineTime('2024-04-30')).toBe('2024年4月30日 23:59')
    expect(deadlineTime('2025-01-05')).toBe('2025年1月5日 23:59')
    expect(isTime(deadlineTime('2025-01-05'))).toBe(true)
    expect(isTime('2023-03-24 11:50:00')).toBe(false)
    expect(() => deadlineTime('2024/4/30')).toThrow(RangeError)
  })
})
