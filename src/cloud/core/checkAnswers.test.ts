import { COMPLETE_APPLICATION } from '../../../test/fixtures/completeApplication'
import { check } from '../../rules'
import { testContext } from '../../../test/helpers/context'
import { runFunction, type HandlerContext } from './index'

const ctx: HandlerContext = testContext('o_a')

describe('checkAnswers', () => {
  it('returns exactly what the phone-side check returns for the same answers and clock', async () => {
    const r = await runFunction('checkAnswers', { answers: COMPLETE_APPLICATION, level: 'submit' }, ctx)
    expect(r).toEqual({ ok: true, data: { findings: check(COMPLETE_APPLICATION, { level: 'submit', now: new Date('2024-04-01T02:00:00Z') }), blocking: 0 } })
  })

  it('uses the server clock for “today”', async () => {
    const r = await runFunction('checkAnswers', { answers: { 'cover.declareDate': { value: '2024-04-02' } }, level: 'save', section: 'cover' }, ctx)
    expect(r.ok && (r.data as { findings: { code: string }[] }).findings.map((f) => f.code)).toContain('DATE_IN_FUTURE')
  })

  it.each([
    [{ answers: {}, level: 'submit', section: 's10' }, 'section'],
    [{ answers: { 's1.area': { value: '1', note: 'x' } }, level: 'save' }, 'answers.s1.area'],
    [{ answers: { 's1.area': { value: '1', explanation: 'x'.repeat(501) } }, level: 'save' }, 'answers.s1.area.explanation'],
    [{ level: 'save' }, 'answers']
  ])('refuses the malformed event %p at %s', async (event, path) => {
    const r = await runFunction('checkAnswers', event, ctx)
    expect(r.ok ? null : r.error).toMatchObject({ code: 'INVALID_EVENT', path })
  })
})
