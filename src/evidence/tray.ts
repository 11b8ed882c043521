import { findItem } from '../form'
import type { Write } from '../chat'
import { claimsOf } from '../rules'

/**
 * Which item the chat's photo panel shows after a send: the last answer written that makes a claim still without
 * a photo; a send that writes nothing (an explanation typed, a command) keeps the panel that is open.
 */
export function trayFor(writes: readonly Write[], open: string | null): string | null {
  if (writes.length === 0) return open
  for (const w of [...writes].reverse()) {
    const item = findItem(w.itemId)
    if (item && claimsOf(item, w.answer).some((c) => c.refs.length === 0)) return w.itemId
  }
  return writes.some((w) => w.itemId === open) ? open : null
}
