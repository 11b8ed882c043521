// Home draws its own header (app name, user, application); in the browser build Taro's title bar would repeat it.
export default definePageConfig({
  ...(process.env.TARO_ENV === 'h5' ? { navigationStyle: 'custom' as const } : {}),
  navigationBarTitleText: '集群申报助手'
})
