export default definePageConfig({ navigationBarTitleText: '欢迎', enablePullDownRefresh: true })
