/**
 * The browser build's cloud calls (fetch to /api/functions/<name>) answered from a table, each call recorded; a
 * function in the table answers from the call's body (a call repeated with `from`, say).
 */
export const cloudCalls: { name: string; body: unknown }[] = []

export function mockCloud(replies: Record<string, unknown>): void {
  cloudCalls.length = 0
  global.fetch = jest.fn(async (url: string, init: { body: string }) => {
    const name = String(url).split('/').pop() as string
    cloudCalls.push({ name, body: JSON.parse(init.body) })
    const reply = replies[name]
    const body = JSON.parse(init.body)
    return { json: async () => (typeof reply === 'function' ? (reply as (b: unknown) => unknown)(body) : reply) }
  }) as unknown as typeof fetch
}
