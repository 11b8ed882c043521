/** Runs `fn` when the app is about to go away; returns an unsubscribe. Bound per platform by file name. */
export function onExit(fn: () => void): () => void
