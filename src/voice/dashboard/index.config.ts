export default definePageConfig({ navigationBarTitleText: '住户反馈看板', enablePullDownRefresh: true })
