/** A reload or a closed tab: pagehide fires in every modern browser, beforeunload on desktop too. */
export function onExit(fn: () => void): () => void {
  window.addEventListener('pagehide', fn)
  window.addEventListener('beforeunload', fn)
  return () => {
    window.removeEventListener('pagehide', fn)
    window.removeEventListener('beforeunload', fn)
  }
}
