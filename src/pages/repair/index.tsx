import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { OrderList } from '../../components/repair/order-list'
import { useInboxBadge } from '../../components/hooks/use-inbox-badge'
import { useOrderList } from '../../components/hooks/use-order-list'
import { repairService } from '../../services/repair.service'
import { ROUTES, withId } from '../../services/routes'
import '../../components/common/common.scss'

/** 报修: the household's repairs, newest first. */
export default function RepairsPage() {
  const list = useOrderList((cursor) => repairService.list({ scope: 'mine', limit: 20, cursor }))
  useInboxBadge()
  return (
    <View>
      <View className="ll-actions">
        <Button
          type="primary"
          className="ll-new-repair"
          onClick={() => void Taro.navigateTo({ url: ROUTES.newRepair })}
        >
          ＋ 新建报修
        </Button>
      </View>
      <OrderList
        list={list}
        emptyText="还没有报修记录"
        onOpen={(o) => void Taro.navigateTo({ url: withId(ROUTES.repairDetail, o.id) })}
      />
    </View>
  )
}
