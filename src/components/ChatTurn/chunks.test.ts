import type { Turn } from '../../chat'
import { chunks, MAX_MOUNTED, showMore } from './chunks'

const turns = (from: number, to: number): Turn[] => Array.from({ length: to - from }, (_, i) => ({ id: from + i, from: 'user' as const, text: `t${from + i}` }))

describe('chat chunks', () => {
  it('keeps each chunk’s key when the visible window slides past its first turns', () => {
    const before = chunks(turns(0, 40).slice(-35)) // turns 5..39: the first chunk starts mid-way
    const after = chunks(turns(0, 41).slice(-35)) // one more turn: the window now starts at 6
    expect(before.map((c) => c.key)).toEqual([0, 1, 2, 3])
    expect(after.map((c) => c.key)).toEqual([0, 1, 2, 3, 4])
    expect(after[0].turns.map((t) => t.id)).toEqual([6, 7, 8, 9])
  })

  it('caps the mounted history however often “查看更早的消息” is tapped', () => {
    let shown = 40
    for (let i = 0; i < 50; i++) shown = showMore(shown)
    expect(shown).toBe(MAX_MOUNTED)
  })
})
