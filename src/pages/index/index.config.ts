export default definePageConfig({ navigationBarTitleText: '集群申报助手' })
