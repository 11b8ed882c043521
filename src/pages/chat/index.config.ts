// The chat draws its own header (section, sync state, 总览); in the browser build Taro's title bar would cover it.
export default definePageConfig({
  ...(process.env.TARO_ENV === 'h5' ? { navigationStyle: 'custom' as const } : {}),
  navigationBarTitleText: '逐项填报'
})
