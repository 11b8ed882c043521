/**
 * Loads webpack's on-demand chunks in WeChat.
 *
 * A chunk that lives in a subpackage (home's rule check, `pages/chat/home-progress.js`) can be loaded from the
 * main package only with require.async, WeChat's cross-package require (分包异步化, base library 2.11.2+:
 * https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/async.html). webpack's runtime loads a
 * chunk through `__webpack_require__.l(url, done)` (a script tag on the web); this replaces it. The chunk file,
 * like every file Taro emits, registers its modules with `wx.webpackJsonp` when it runs, which resolves the import.
 *
 * Each chunk is required with a literal path, relative to this file's place in the package root (app.js or
 * common.js), so that WeChat's upload sees the file as used and keeps it (`ignoreUploadUnusedFiles`,
 * https://developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig.html). The compile check fails if the
 * build emits a chunk missing here or the upload would drop one (scripts/weapp-compile-check.mjs).
 */
type Done = (event: { type: 'load' | 'error'; target: { src: string } }) => void

const LOADERS: Record<string, () => Promise<unknown>> = {
  'pages/chat/home-progress.js': () => __non_webpack_require__.async('./pages/chat/home-progress.js')
}

export function installChunkLoading(): void {
  __webpack_require__.l = (url: string, done: Done) => {
    const load = LOADERS[url.replace(/^\//, '')]
    const end = (type: 'load' | 'error') => () => done({ type, target: { src: url } })
    // require.async is missing before base library 2.11.2: the import then fails and home shows counts only.
    Promise.resolve()
      .then(() => (load ? load() : Promise.reject(new Error(`unknown chunk ${url}`))))
      .then(end('load'), end('error'))
  }
}
