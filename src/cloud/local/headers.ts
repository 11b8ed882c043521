import type { ServerResponse } from 'http'
import { createHash } from 'crypto'

/**
 * Only our own names: a page on another host name that resolves to 127.0.0.1 (DNS rebinding) sends its
 * own Host header and is refused, so it can neither log in as a listed member nor read the API.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

/** Sent with every response: no MIME sniffing, never inside a frame (clickjacking). */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Referrer-Policy', 'no-referrer')
}

/**
 * The H5 app's Content-Security-Policy: scripts only from this origin plus the inline scripts of the page
 * itself, pinned by their SHA-256 (Taro's index.html sizes the root font inline); styles from this origin and
 * inline (Taro components set style attributes); images and fonts also as data: URLs; no plugins, no framing.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'"
  ].join('; ')
}
