/**
 * Input checks shared by the handlers, run before any database work: request size, unsafe keys in stored
 * values, invisible characters in free text, and the content digest that makes an opId mean one thing.
 */
import type { Item } from '../../form'
import { canonicalJson } from '../../rules'

export { MAX_EVENT_BYTES, MAX_OP_BYTES, utf8Length } from '../limits'

/** Control characters (C0, DEL, C1), line/paragraph separators, and the bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width marks. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/

/** Free text a person reads (an explanation): line breaks and tabs are fine, invisible controls are not. */
export function hasInvisibleControls(text: string): boolean {
  return INVISIBLE.test(text)
}

/** Names and single-line text: no line breaks either. */
export function hasControlsOrBreaks(text: string): boolean {
  return INVISIBLE.test(text) || /[\n\r\t]/.test(text)
}

const MAX_DEPTH = 6

/**
 * Keys that must never reach a stored document: `__proto__`/`constructor`/`prototype` (prototype pollution;
 * refused, not silently dropped) and `$…` (database operators). Dotted keys are legitimate (checklist
 * evidence is keyed by option ids such as "s2.chainWork.1"); the cloud database binding stores values as
 * JSON text, so no key ever becomes a path. Too deep a value is refused too.
 */
export function unsafeKey(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return '…'
  if (Array.isArray(value)) {
    for (const v of value) {
      const k = unsafeKey(v, depth + 1)
      if (k !== null) return k
    }
    return null
  }
  if (value === null || typeof value !== 'object') return null
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key.startsWith('$') || key === '' || hasControlsOrBreaks(key)) return key
    const k = unsafeKey((value as Record<string, unknown>)[key], depth + 1)
    if (k !== null) return k
  }
  return null
}

/** A short content fingerprint (two 32-bit FNV-1a lanes); it tells a retried op from a different op. */
export function digest(value: unknown): string {
  const text = canonicalJson(value)
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}:${text.length}`
}

const keysOf = (v: unknown): string[] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [])
const firstOutside = (keys: string[], allowed: readonly string[]): string | null => keys.find((k) => !allowed.includes(k)) ?? null

/**
 * A key the item's record-shaped parts do not declare (a count group's counts, a plan's parts, a checklist's
 * options, the platform tiers, a list's columns). The rule module's zod shapes are strict for fixed keys;
 * these records are keyed by form ids, so they are checked against the form here, before anything is stored.
 */
export function undeclaredKey(item: Item, value: unknown): string | null {
  switch (item.kind) {
    case 'countGroup':
      return firstOutside(keysOf(value), item.counts.map((c) => c.id))
    case 'plan':
      return firstOutside(keysOf((value as { parts?: unknown } | null)?.parts), item.parts.map((p) => p.id))
    case 'checklist': {
      const ids = item.options.map((o) => o.id)
      const ticked = (value as { ticked?: unknown } | null)?.ticked
      const badTick = Array.isArray(ticked) ? ticked.find((t) => typeof t === 'string' && !ids.includes(t)) : undefined
      return badTick ?? firstOutside(keysOf((value as { evidence?: unknown } | null)?.evidence), ids)
    }
    case 'platforms':
      return firstOutside(keysOf(value), item.tiers.map((t) => t.id))
    case 'itemList': {
      const entries = (value as { entries?: unknown } | null)?.entries
      const ids = item.fields.map((f) => f.id)
      if (!Array.isArray(entries)) return null
      for (const e of entries) {
        const k = firstOutside(keysOf((e as { fields?: unknown } | null)?.fields), ids)
        if (k !== null) return k
      }
      return null
    }
    default:
      return null
  }
}
