export default definePageConfig({ navigationBarTitleText: '成员与分工' })
