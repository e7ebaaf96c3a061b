export default definePageConfig({ navigationBarTitleText: '抢单池', enablePullDownRefresh: true })
