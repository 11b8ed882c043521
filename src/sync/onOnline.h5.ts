export function onOnline(fn: () => void): () => void {
  window.addEventListener('online', fn)
  return () => window.removeEventListener('online', fn)
}
