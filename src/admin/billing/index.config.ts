export default definePageConfig({ navigationBarTitleText: '收费管理' })
