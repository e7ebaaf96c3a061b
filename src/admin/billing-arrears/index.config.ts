export default definePageConfig({ navigationBarTitleText: '欠费管理', enablePullDownRefresh: true })
