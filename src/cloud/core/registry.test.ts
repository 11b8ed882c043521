import { testContext } from '../../../test/helpers/context'
import { runFunction, runRouted, type HandlerContext } from './index'

const frozen = { now: () => new Date('2026-11-27T08:00:00.000Z') }
const signedIn: HandlerContext = { ...testContext('o_alice'), caller: { openid: 'o_alice', displayName: '艾丽斯' }, clock: frozen }

describe('runFunction', () => {
  it('answers whoami with the caller given by the platform and the injected clock', async () => {
    expect(await runFunction('whoami', {}, signedIn)).toEqual({
      ok: true,
      data: { openid: 'o_alice', displayName: '艾丽斯', serverTime: '2026-11-27T08:00:00.000Z' }
    })
  })

  it('refuses an unknown function name', async () => {
    const r = await runFunction('dropTables', {}, signedIn)
    expect(r.ok ? null : r.error.code).toBe('UNKNOWN_FUNCTION')
  })

  it('does not treat inherited object keys as function names', async () => {
    const r = await runFunction('toString', {}, signedIn)
    expect(r.ok ? null : r.error.code).toBe('UNKNOWN_FUNCTION')
  })

  it('refuses a call without a caller', async () => {
    const r = await runFunction('whoami', {}, { ...signedIn, caller: null })
    expect(r.ok ? null : r.error.code).toBe('UNAUTHENTICATED')
  })

  it.each(['openid', 'userId', 'OPENID', 'caller'])('refuses an event that names a user through %s', async (key) => {
    const r = await runFunction('whoami', { [key]: 'o_mallory' }, signedIn)
    expect(r.ok ? null : r.error).toMatchObject({ code: 'CALLER_IN_EVENT', path: key })
  })

  it('refuses unexpected event fields with a Chinese message naming the field', async () => {
    const r = await runFunction('whoami', { surprise: 1 }, signedIn)
    expect(r.ok ? null : r.error).toEqual({ code: 'INVALID_EVENT', path: 'surprise', message: '请求参数不正确。（字段：surprise）' })
  })

  it.each([[[1, 2]], ['text'], [42]])('refuses an event that is not an object (%p)', async (event) => {
    const r = await runFunction('whoami', event, signedIn)
    expect(r.ok ? null : r.error.code).toBe('INVALID_EVENT')
  })
})

describe('runRouted (the one router cloud function)', () => {
  it('runs the function named in fn with data as its event', async () => {
    expect(await runRouted({ fn: 'whoami', data: {} }, signedIn)).toMatchObject({ ok: true, data: { openid: 'o_alice' } })
  })

  it('treats a missing data as an empty event', async () => {
    expect(await runRouted({ fn: 'whoami' }, signedIn)).toMatchObject({ ok: true })
  })

  it.each([
    [{ fn: 'dropTables', data: {} }, 'UNKNOWN_FUNCTION', undefined],
    [{ fn: 42, data: {} }, 'INVALID_EVENT', 'fn'],
    [{ fn: 'whoami', data: [1] }, 'INVALID_EVENT', 'data'],
    [{ fn: 'whoami', data: {}, extra: 1 }, 'INVALID_EVENT', 'extra'],
    [{ fn: 'whoami', data: {}, openid: 'o_mallory' }, 'CALLER_IN_EVENT', 'openid'],
    [{ fn: 'whoami', data: { openid: 'o_mallory' } }, 'CALLER_IN_EVENT', 'openid'],
    [null, 'INVALID_EVENT', undefined]
  ])('refuses %p with %s', async (event, code, path) => {
    const r = await runRouted(event, signedIn)
    expect(r.ok ? null : r.error).toMatchObject(path === undefined ? { code } : { code, path })
  })
})
