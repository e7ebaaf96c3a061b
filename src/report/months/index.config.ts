export default definePageConfig({ navigationBarTitleText: '月度服务报告', enablePullDownRefresh: true })
