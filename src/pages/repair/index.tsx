import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ElderView } from '../../components/common/elder-view'
import { OrderList } from '../../components/repair/order-list'
import { StatusFilter } from '../../components/repair/status-filter'
import { groupFilter, requestedGroup, type StatusGroup } from '../../components/repair/status-groups'
import { useInboxBadge } from '../../components/hooks/use-inbox-badge'
import { useOrderList } from '../../components/hooks/use-order-list'
import { repairService } from '../../services/repair.service'
import { ROUTES, withId } from '../../services/routes'
import '../../components/common/common.scss'

/** 报修: the household's repairs, newest first, filtered by where they stand. */
export default function RepairsPage() {
  const [group, setGroup] = useState<StatusGroup>('all')
  // Filtered on the server: a page of one group is full, and the next page continues that group.
  const list = useOrderList(
    (cursor) => repairService.list({ scope: 'mine', limit: 20, cursor, ...groupFilter(group) }),
    group,
  )
  useInboxBadge()
  useDidShow(() => {
    const requested = requestedGroup.take()
    if (requested) setGroup(requested)
  })
  return (
    <ElderView>
      <View className="ll-actions">
        <Button
          type="primary"
          className="ll-new-repair"
          onClick={() => void Taro.navigateTo({ url: ROUTES.newRepair })}
        >
          ＋ 新建报修
        </Button>
      </View>
      <StatusFilter value={group} onChange={setGroup} />
      <OrderList
        list={list}
        emptyText={group === 'all' ? '还没有报修记录' : '没有这一类的报修'}
        onOpen={(o) => void Taro.navigateTo({ url: withId(ROUTES.repairDetail, o.id) })}
      />
    </ElderView>
  )
}
