export default definePageConfig({ navigationBarTitleText: '访客通行', enablePullDownRefresh: true })
