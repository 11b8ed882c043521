/**
 * SHA-256 (FIPS 180-4, https://csrc.nist.gov/pubs/fips/180-4/upd1/final) of a photo's bytes, as 64 lowercase hex
 * digits: the name a compressed photo is saved and uploaded under. The mini-program has neither Node's Buffer
 * nor `crypto.subtle`, so the digest is computed here in plain JavaScript (ES2017, 32-bit integer arithmetic);
 * a browser with Web Crypto (https://developer.mozilla.org/docs/Web/API/SubtleCrypto/digest) uses that instead.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
])

export type Bytes = Uint8Array | ArrayBuffer

function asBytes(data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data)
}

/** Runs the compression function over every 64-byte block of `data` starting at `offset`, `blocks` of them. */
function compress(h: Uint32Array, w: Uint32Array, data: Uint8Array, offset: number, blocks: number): void {
  for (let b = 0; b < blocks; b++) {
    const at = offset + b * 64
    for (let i = 0; i < 16; i++) {
      const j = at + i * 4
      w[i] = (data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3]
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]
      const y = w[i - 2]
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
    }
    let a = h[0]
    let bb = h[1]
    let c = h[2]
    let d = h[3]
    let e = h[4]
    let f = h[5]
    let g = h[6]
    let hh = h[7]
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const ch = (e & f) ^ (~e & g)
      const t1 = (hh + S1 + ch + K[i] + w[i]) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const maj = (a & bb) ^ (a & c) ^ (bb & c)
      const t2 = (S0 + maj) | 0
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = bb
      bb = a
      a = (t1 + t2) | 0
    }
    h[0] += a
    h[1] += bb
    h[2] += c
    h[3] += d
    h[4] += e
    h[5] += f
    h[6] += g
    h[7] += hh
  }
}

/** SHA-256 in plain JavaScript; runs anywhere (the mini-program's JavaScript engine included). */
export function sha256HexSync(input: Bytes): string {
  const data = asBytes(input)
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])
  const w = new Uint32Array(64)
  const whole = Math.floor(data.length / 64)
  compress(h, w, data, 0, whole)
  // The tail: the remaining bytes, 0x80, zeros, then the length in bits as a 64-bit big-endian number.
  const rest = data.length - whole * 64
  const tail = new Uint8Array(rest < 56 ? 64 : 128)
  tail.set(data.subarray(whole * 64))
  tail[rest] = 0x80
  const bits = data.length * 8
  const hi = Math.floor(bits / 0x100000000)
  const lo = bits >>> 0
  const end = tail.length
  tail[end - 8] = hi >>> 24
  tail[end - 7] = (hi >>> 16) & 0xff
  tail[end - 6] = (hi >>> 8) & 0xff
  tail[end - 5] = hi & 0xff
  tail[end - 4] = lo >>> 24
  tail[end - 3] = (lo >>> 16) & 0xff
  tail[end - 2] = (lo >>> 8) & 0xff
  tail[end - 1] = lo & 0xff
  compress(h, w, tail, 0, tail.length / 64)
  let hex = ''
  for (let i = 0; i < 8; i++) hex += ('00000000' + h[i].toString(16)).slice(-8)
  return hex
}

interface DigestHost {
  crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } }
}

/** Old mini-program engines (iOS before 12.2) have no `globalThis`: reading it bare would throw. */
function defaultHost(): DigestHost {
  return typeof globalThis === 'undefined' ? {} : (globalThis as DigestHost)
}

/**
 * SHA-256 as hex: Web Crypto's digest where the host has it (browsers in a secure context such as 127.0.0.1),
 * the plain-JavaScript one otherwise (the mini-program, older browsers).
 */
export async function sha256Hex(input: Bytes, host: DigestHost = defaultHost()): Promise<string> {
  const subtle = host.crypto && host.crypto.subtle
  if (subtle && typeof subtle.digest === 'function') {
    const digest = new Uint8Array(await subtle.digest('SHA-256', asBytes(input)))
    let hex = ''
    for (let i = 0; i < digest.length; i++) hex += (digest[i] < 16 ? '0' : '') + digest[i].toString(16)
    return hex
  }
  return sha256HexSync(input)
}
