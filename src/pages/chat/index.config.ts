export default definePageConfig({ navigationBarTitleText: '逐项填报' })
