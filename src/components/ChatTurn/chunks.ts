import type { Turn } from '../../chat'

/** Turns per CustomWrapper: an answer re-renders its own chunk, not the whole list (weapp setData). */
export const CHUNK = 10
/** Turns mounted at first; “查看更早的消息” adds this many more, up to MAX_MOUNTED. */
export const PAGE = 40
export const MAX_MOUNTED = 200

/**
 * Turns grouped by chunk index (turn id / CHUNK). The key is the chunk index, not the first turn's id, so a
 * chunk keeps its key (and is not remounted) when the visible window moves past its first turns.
 */
export function chunks(turns: readonly Turn[]): { key: number; turns: Turn[] }[] {
  const out: { key: number; turns: Turn[] }[] = []
  for (const t of turns) {
    const key = Math.floor(t.id / CHUNK)
    const last = out[out.length - 1]
    if (last && last.key === key) last.turns.push(t)
    else out.push({ key, turns: [t] })
  }
  return out
}

/** How many turns to mount after one more tap on “查看更早的消息”. */
export const showMore = (shown: number) => Math.min(shown + PAGE, MAX_MOUNTED)
