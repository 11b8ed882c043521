// App configuration (https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html).
//
// Only the home page and the privacy page are in the main package; the filling pages are subpackages
// (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/basic.html), each rooted at the page's
// own folder so its path stays /pages/<page>/index in both builds, and preloaded from the home page
// (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/preload.html).
const isH5 = process.env.TARO_ENV === 'h5'

// Dev login exists only in the browser build (local cloud); the weapp build has no such page, so no path
// in a weapp package can reach it. Identity there comes from the platform (cloud.getWXContext().OPENID).
const browserOnlyPages = isH5 ? ['pages/dev-login/index'] : []

/** Pages not needed at launch, one subpackage each. */
export const FILL_SUBPACKAGES = ['pages/chat', 'pages/overview', 'pages/table', 'pages/members', 'pages/evidence', 'pages/messages']

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/privacy/index', ...browserOnlyPages],
  subPackages: FILL_SUBPACKAGES.map((root) => ({ root, pages: ['index'] })),
  // Subpackages share no code with each other (each carries its own copy of the form and rules), so each page
  // preloads only what is likely next: home → chat and members, chat → overview and table.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pages/chat', 'pages/members'] },
    'pages/chat/index': { network: 'all', packages: ['pages/overview', 'pages/table', 'pages/evidence'] }
  },
  window: {
    // 'default' is WeChat's own bar; Taro's browser build shows its title bar with a back button only when it is
    // said explicitly (@tarojs/router NavigationBarHandler.setNavigationBarVisible).
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTitleText: '集群申报助手',
    navigationBarTextStyle: 'white'
  },
  // WeChat only: the current component styles, and which pages WeChat search may index (none: the content is private).
  ...(isH5 ? { animation: false } : { style: 'v2', sitemapLocation: 'sitemap.json' })
})
