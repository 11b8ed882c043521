/** The local cloud for this machine (Node only; never bundled into the app or a WeChat cloud function). */
export { startLocalCloud, type LocalCloud, type LocalCloudOptions } from './server'
export { MAX_BODY_BYTES } from './http'
