export default definePageConfig({ navigationBarTitleText: '服务看板', enablePullDownRefresh: true })
