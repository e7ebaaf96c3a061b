export default definePageConfig({ navigationBarTitleText: '门岗核验' })
