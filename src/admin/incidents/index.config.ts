export default definePageConfig({ navigationBarTitleText: '公共故障', enablePullDownRefresh: true })
