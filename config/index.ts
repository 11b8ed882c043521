import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

// Written by hand after @tarojs/cli/templates/default/config/index.js (taro init cannot reach its
// template hosts here). outputRoot is per platform so the weapp and h5 builds do not wipe each other.
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'cluster-declare',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // WeChat cloud environment id; empty means the default environment (wx.cloud.init docs).
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? '')
    },
    // sitemap.json: which pages WeChat search may index — none, the data is private to the cluster's members
    // (https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/sitemap.html).
    copy: { patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // Dependencies (zod, react, dayjs…) go through babel with the weapp targets of babel.config.js, so the
      // package parses as ES2017. @babel/runtime and core-js are already ES5 and must not be re-transformed
      // (transform-runtime would import its own helpers into them).
      compile: { include: [(file: string) => /node_modules/.test(file) && !/node_modules[\\/](@babel[\\/]runtime|core-js)/.test(file)] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Only pages share chunks (common.js, vendors.js…). A chunk loaded on demand (home's rule check, see
        // src/components/SectionBoard/progressLoader.ts) keeps its modules: were they split into common.js, they
        // would be back in the main package (https://webpack.js.org/plugins/split-chunks-plugin/#splitchunkschunks).
        chain.optimization.splitChunks({ ...(chain.optimization.get('splitChunks') as object), chunks: 'initial' })
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    }
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
