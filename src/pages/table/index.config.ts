export default definePageConfig({ navigationBarTitleText: '按表格查看' })
