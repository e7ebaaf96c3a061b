export default definePageConfig({ navigationBarTitleText: '外包考核', enablePullDownRefresh: true })
