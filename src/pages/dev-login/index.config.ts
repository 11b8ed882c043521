export default definePageConfig({ navigationBarTitleText: '本地开发登录' })
