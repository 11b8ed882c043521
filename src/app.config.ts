// Dev login exists only in the browser build (local cloud); the weapp build has no such page, so no path
// in a weapp package can reach it. Identity there comes from the platform (cloud.getWXContext().OPENID).
const browserOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index'] : []

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/chat/index', 'pages/overview/index', 'pages/table/index', 'pages/members/index', ...browserOnlyPages],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTitleText: '集群申报助手',
    navigationBarTextStyle: 'white'
  },
  // H5 only: no slide animation between pages (snappier on phones; WeChat ignores this field).
  animation: false
})
