/** Calls `fn` when the network comes back; returns an unsubscribe. Bound per platform by file name. */
export function onOnline(fn: () => void): () => void
