export default definePageConfig({ navigationBarTitleText: '外包单位', enablePullDownRefresh: true })
