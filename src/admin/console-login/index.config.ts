export default definePageConfig({ navigationBarTitleText: '登录物业后台' })
