// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
//
// The weapp build targets engines that parse ES2017 and nothing newer: old iOS engines throw a syntax error on
// `?.`, `??`, object spread… and the upload's ES6 → ES5 pass does not cover them
// (https://developers.weixin.qq.com/miniprogram/dev/devtools/codecompile.html). iOS 10.3 / Chrome 58 are the
// first engines with all of ES2017 (async functions). config/index.ts sends node_modules (zod, react…) through
// babel too, for the weapp build only. The browser build keeps package.json's browserslist.
// import() stays a real on-demand chunk in the weapp too (Taro turns it into require by default:
// https://docs.taro.zone/docs/dynamic-import); src/platform/chunkLoading.weapp.ts loads it with require.async.
const WEAPP_TARGETS = { ios: '10.3', chrome: '58' }

module.exports = {
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5',
      ...(process.env.TARO_ENV === 'weapp' ? { targets: WEAPP_TARGETS, ignoreBrowserslistConfig: true, 'dynamic-import-node': false } : {})
    }]
  ]
}
