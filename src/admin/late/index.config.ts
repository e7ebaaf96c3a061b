export default definePageConfig({ navigationBarTitleText: '超时看板', enablePullDownRefresh: true })
