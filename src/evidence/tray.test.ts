import { restoredTray, trayFor } from './tray'

const h = 'a'.repeat(64)
const ticks = (evidence?: Record<string, string[]>) => ({ value: { ticked: ['s2.chainWork.1'], ...(evidence ? { evidence } : {}) } })

describe('the chat’s photo panel', () => {
  test('opens after an answer that makes a claim without a photo, stays open for a reply that writes nothing, closes on another answer', () => {
    expect(trayFor([{ itemId: 's2.chainWork', answer: ticks() }], null)).toBe('s2.chainWork')
    expect(trayFor([], 's2.chainWork')).toBe('s2.chainWork')
    expect(trayFor([{ itemId: 's1.area', answer: { value: '22.00' } }], 's2.chainWork')).toBeNull()
    expect(trayFor([{ itemId: 's2.chainWork', answer: ticks({ 's2.chainWork.1': [h] }) }], null)).toBeNull()
  })

  test('comes back on reopening the chat while its claim still lacks a photo, not once it has one', () => {
    expect(restoredTray('s2.chainWork', { 's2.chainWork': ticks() })).toBe('s2.chainWork')
    expect(restoredTray('s2.chainWork', { 's2.chainWork': ticks({ 's2.chainWork.1': [h] }) })).toBeNull()
    expect(restoredTray(null, {})).toBeNull()
    expect(restoredTray('', {})).toBeNull()
  })
})
