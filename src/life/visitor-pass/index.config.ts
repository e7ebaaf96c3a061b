export default definePageConfig({
  navigationBarTitleText: '访客通行证',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
})
