import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { OPEN_STATUSES } from '@core/repair/work-order'
import { OrderList } from '../../components/repair/order-list'
import { useOrderList } from '../../components/hooks/use-order-list'
import { useProfile } from '../../components/hooks/use-profile'
import { repairService } from '../../services/repair.service'
import { ROUTES, withId } from '../../services/routes'
import './index.scss'

/** 首页: a greeting, the way to report a problem, and what is still being worked on. */
export default function HomePage() {
  const profile = useProfile()
  const list = useOrderList((cursor) => repairService.list({ scope: 'mine', limit: 20, cursor }))
  const open = list.items?.filter((o) => OPEN_STATUSES.includes(o.status)) ?? null

  return (
    <View className="ll-home">
      <View className="ll-home__hello">
        <View className="ll-home__name">{profile.data ? `${profile.data.name}，您好` : '您好'}</View>
        <View className="ll-home__unit">{profile.data?.unitId ? `${profile.data.unitId} 室` : '邻里物业为您服务'}</View>
      </View>
      <View className="ll-home__entries">
        <Button className="ll-home__report" type="primary" size="large" block onClick={() => void Taro.navigateTo({ url: ROUTES.newRepair })}>
          我要报修
        </Button>
        <Button size="large" block onClick={() => void Taro.switchTab({ url: ROUTES.repairs })}>
          我的报修
        </Button>
        <Button className="ll-home__visitors" size="large" block onClick={() => void Taro.navigateTo({ url: ROUTES.visitorPasses })}>
          访客通行
        </Button>
      </View>
      <View className="ll-home__section">进行中的报修</View>
      <OrderList
        list={{ ...list, items: open, hasMore: false }}
        emptyText="暂无进行中的报修"
        onOpen={(o) => void Taro.navigateTo({ url: withId(ROUTES.repairDetail, o.id) })}
      />
    </View>
  )
}
