import { countChars, hasControlChars, isBlank } from './text'

describe('countChars counts as a person counts', () => {
  it.each([
    ['集群产业链', 5],
    ['abc123', 6],
    ['，。！', 3],
    ['😀', 1],
    ['👨‍👩‍👧‍👦', 1],
    ['👍🏽', 1],
    ['🇨🇳🇺🇸', 2],
    ['1️⃣', 1],
    ['é', 1],
    ['❤️', 1],
    ['𠮷野家', 3],
    ['', 0]
  ])('%p has %p characters', (text, n) => {
    expect(countChars(text)).toBe(n)
  })

  it('counts a 200-character Chinese text as 200 even though emoji take two UTF-16 units', () => {
    const text = '字'.repeat(199) + '😀'
    expect(text.length).toBe(201)
    expect(countChars(text)).toBe(200)
  })
})

describe('isBlank', () => {
  it.each([['   '], ['\u3000\u3000'], ['\n\t'], [''], ['\u200b']])('treats %p as blank', (t) => {
    expect(isBlank(t)).toBe(true)
  })

  it('does not treat 无 as blank', () => {
    expect(isBlank('无')).toBe(false)
  })
})

describe('hasControlChars', () => {
  it('allows line breaks only where asked', () => {
    expect(hasControlChars('第一段\n第二段', true)).toBe(false)
    expect(hasControlChars('第一段\n第二段', false)).toBe(true)
  })

  it.each([['\u0000'], ['\u0007'], ['\u001b[31m'], ['\u2028'], ['\u0085']])('finds the control character %p', (c) => {
    expect(hasControlChars(`a${c}b`, true)).toBe(true)
  })
})
