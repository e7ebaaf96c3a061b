export default definePageConfig({ navigationBarTitleText: '缴费订单', enablePullDownRefresh: true })
