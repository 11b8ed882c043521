import type { PropsWithChildren } from 'react'
import { installChunkLoading } from './platform/chunkLoading'
import { listenForWeChatConsent } from './privacy/consent'
import './app.css'

// WeChat asks the app for privacy consent through one global listener (src/privacy/consent.ts).
listenForWeChatConsent()
// Chunks loaded on demand (home's rule check) come from a subpackage in WeChat (src/platform/chunkLoading.weapp.ts).
installChunkLoading()

function App({ children }: PropsWithChildren) {
  // children is the page being rendered
  return children
}

export default App
