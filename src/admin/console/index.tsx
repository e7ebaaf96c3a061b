import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { ROUTES } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import '../../components/common/common.scss'
import '../admin.scss'

interface Tile {
  label: string
  hint: string
  url: string
  /** A tab-bar page, reached with switchTab. */
  tab?: boolean
}

/** Every section of the console, grouped the way a manager's day goes. */
const GROUPS: { title: string; tiles: Tile[] }[] = [
  {
    title: '维修服务',
    tiles: [
      { label: '超时看板', hint: '超时和快超时的工单', url: ROUTES.adminLate },
      { label: '全部工单', hint: '按状态查看、派单', url: ROUTES.adminOrders },
      { label: '服务看板', hint: '响应、完工、满意度', url: ESTATE_ROUTES.dashboard },
    ],
  },
  {
    title: '住户与员工',
    tiles: [
      { label: '人员管理', hint: '员工和住户', url: ESTATE_ROUTES.people },
      { label: '入住审核', hint: '住户的入住申请', url: ESTATE_ROUTES.applications },
      { label: '邀请码', hint: '邀请住户和员工', url: ESTATE_ROUTES.invites },
      { label: '房屋与网格', hint: '楼栋、房屋、网格', url: ESTATE_ROUTES.estate },
    ],
  },
  {
    title: '收费与公告',
    tiles: [
      { label: '收费管理', hint: '收缴率、欠费、订单', url: BILLING_ROUTES.adminOverview },
      { label: '收费项目', hint: '物业费、停车费等', url: BILLING_ROUTES.adminItems },
      { label: '公告管理', hint: '发布和撤回公告', url: ROUTES.adminNotices },
    ],
  },
  {
    title: '其他',
    tiles: [
      { label: '投诉建议', hint: '住户的投诉、建议和表扬', url: `${VOICE_ROUTES.queue}?scope=all` },
      { label: '操作日志', hint: '谁在何时做了什么', url: ESTATE_ROUTES.audit },
      { label: '消息', hint: '工单提醒', url: ROUTES.inbox, tab: true },
      { label: '我的', hint: '账号与设置', url: ROUTES.mine, tab: true },
    ],
  },
]

const go = (tile: Tile) => void (tile.tab ? Taro.switchTab({ url: tile.url }) : Taro.navigateTo({ url: tile.url }))

/** 管理后台: the manager's home, every section one tap away. */
export default function ConsolePage() {
  return (
    <View className="ll-console">
      {GROUPS.map((group) => (
        <View key={group.title} className="ll-console__group">
          <View className="ll-console__title">{group.title}</View>
          <View className="ll-console__tiles">
            {group.tiles.map((tile) => (
              <View key={tile.url} className="ll-console__tile" onClick={() => go(tile)}>
                <View className="ll-console__label">{tile.label}</View>
                <View className="ll-console__hint">{tile.hint}</View>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
