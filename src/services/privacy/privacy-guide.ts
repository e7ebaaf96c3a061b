/**
 * The items of the user privacy guide (用户隐私保护指引) the dialog shows; the same items, with
 * retention and the APIs behind each, are declared in the WeChat admin console and kept in
 * docs/privacy.md (a test checks the two agree). `item` is WeChat's wording, `name` the dialog's.
 */
export const PRIVACY_GUIDE_ITEMS = [
  {
    key: 'photos',
    item: '选中的照片或视频信息',
    name: '选中的照片',
    purpose: '报修、投诉时拍照说明情况，维修师傅和物业据此处理',
  },
  { key: 'camera', item: '摄像头', name: '摄像头（扫码）', purpose: '门岗扫描访客通行码核验来访' },
  { key: 'phone', item: '手机号', name: '手机号', purpose: '核实住户身份、上门前联系您、登记访客' },
  { key: 'clipboard', item: '剪切板', name: '剪切板', purpose: '复制访客通行链接或邀请码，便于发送' },
  { key: 'album', item: '相册（仅写入）', name: '相册（仅保存）', purpose: '把小区服务月报海报保存到手机相册' },
  { key: 'files', item: '选中的文件', name: '选中的文件', purpose: '物业管理员导入房屋清单' },
  { key: 'location', item: '位置信息', name: '位置信息', purpose: '维修师傅到场签到时记录所在位置，证明已上门' },
  { key: 'call', item: '拨打电话', name: '拨打电话', purpose: '一键联系物业、维修师傅或住户' },
] as const

export type PrivacyGuideKey = (typeof PRIVACY_GUIDE_ITEMS)[number]['key']
