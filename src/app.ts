import type { PropsWithChildren } from 'react'
import { listenForWeChatConsent } from './privacy/consent'
import './app.css'

// WeChat asks the app for privacy consent through one global listener (src/privacy/consent.ts).
listenForWeChatConsent()

function App({ children }: PropsWithChildren) {
  // children is the page being rendered
  return children
}

export default App
