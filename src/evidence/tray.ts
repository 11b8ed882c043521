import { findItem } from '../form'
import type { Write } from '../chat'
import { claimsOf, type Answers } from '../rules'

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

/** Where the open photo panel is kept on the device, so it is still there after the chat is reopened. */
export const trayKey = (appId: string) => `cluster-declare.${appId}.evidenceTray.v1`

/** The panel to show again on opening the chat: the saved item while it still makes a claim without a photo. */
export function restoredTray(saved: string | null, answers: Answers): string | null {
  const item = saved ? findItem(saved) : undefined
  return item && claimsOf(item, answers[item.id]).some((c) => c.refs.length === 0) ? item.id : null
}
