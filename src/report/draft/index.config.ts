export default definePageConfig({ navigationBarTitleText: '审阅月度报告' })
