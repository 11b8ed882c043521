import { leftSection } from './moments'

describe('finishing a section (when the weapp asks for a reminder)', () => {
  it('is the cursor leaving a section for another one or for the end', () => {
    expect(leftSection('s2.leadingGrowth', 's3.rdIntensity')).toBe(true)
    expect(leftSection('s2.leadingGrowth', null)).toBe(true)
  })

  it('is not a move within the section, nor a chat that had no question', () => {
    expect(leftSection('s2.totalOutput', 's2.smeOutputShare')).toBe(false)
    expect(leftSection(null, 's2.totalOutput')).toBe(false)
    expect(leftSection('no.such.item', null)).toBe(false)
  })
})
