export default definePageConfig({ navigationBarTitleText: '填报总览' })
