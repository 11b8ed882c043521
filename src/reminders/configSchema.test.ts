import raw from './config.json'
import { REMINDER_CONFIG } from './config'
import { checkedConfig } from './configSchema'

describe('the reminder configuration', () => {
  it('is valid as shipped, and the app reads the same values', () => {
    expect(checkedConfig(raw)).toEqual(REMINDER_CONFIG)
    expect(REMINDER_CONFIG.policy.daysBefore).toEqual([7, 3, 1, 0])
    expect(REMINDER_CONFIG.templates.deadline.fields).toEqual({ application: 'thing1', todo: 'thing2', deadline: 'time3', status: 'phrase4' })
  })

  it('refuses a field of the wrong type, an unknown key and a run budget beyond the function timeout', () => {
    const bad = (change: (c: any) => void) => {
      const c = JSON.parse(JSON.stringify(raw))
      change(c)
      return () => checkedConfig(c)
    }
    expect(bad((c) => (c.templates.deadline.fields.status = 'thing4'))).toThrow(/phraseN/)
    expect(bad((c) => (c.policy.maxPerDay = 2))).toThrow(/maxPerDay/)
    expect(bad((c) => (c.policy.runBudgetMs = 60000))).toThrow()
  })
})
