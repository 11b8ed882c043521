import { createHash, randomBytes } from 'crypto'
import { sha256Hex, sha256HexSync } from './sha256'

const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('sha256HexSync (the plain-JavaScript digest the mini-program uses)', () => {
  test('the empty input and "abc" give the FIPS 180-4 example digests', () => {
    expect(sha256HexSync(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256HexSync(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  test('every length around the padding boundaries agrees with Node crypto', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = new Uint8Array(randomBytes(n))
      expect([n, sha256HexSync(bytes)]).toEqual([n, node(bytes)])
    }
  })

  test('random inputs up to 3 MB agree with Node crypto, as a Uint8Array, an ArrayBuffer and a view into a larger buffer', () => {
    for (const n of [1000, 4096, 65_537, 1_048_577, 3 * 1024 * 1024 + 13]) {
      const buf = randomBytes(n + 10)
      const view = new Uint8Array(buf.buffer, buf.byteOffset + 5, n)
      const own = new Uint8Array(view)
      expect(sha256HexSync(view)).toBe(node(view))
      expect(sha256HexSync(own.buffer)).toBe(node(view))
    }
  })
})

describe('sha256Hex', () => {
  test('uses Web Crypto when the host has it and gives the same digest', async () => {
    const bytes = new Uint8Array(randomBytes(70_000))
    let used = 0
    const host = { crypto: { subtle: { digest: (alg: string, data: Uint8Array) => ((used += 1), globalThis.crypto.subtle.digest(alg, data as unknown as ArrayBuffer)) } } }
    expect(await sha256Hex(bytes, host)).toBe(node(bytes))
    expect(used).toBe(1)
  })

  test('falls back to the plain-JavaScript digest on a host without crypto.subtle (the mini-program)', async () => {
    const bytes = new Uint8Array(randomBytes(1_100_000))
    expect(await sha256Hex(bytes, {})).toBe(node(bytes))
    expect(await sha256Hex(bytes.buffer, { crypto: {} })).toBe(node(bytes))
  })
})
