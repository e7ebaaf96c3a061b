export default definePageConfig({ navigationBarTitleText: '房屋与小区', enablePullDownRefresh: true })
