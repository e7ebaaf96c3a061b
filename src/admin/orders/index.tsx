import { useState } from 'react'
import { SectionedOrderList } from '../../components/repair/sectioned-order-list'
import { StatusFilter } from '../../components/repair/status-filter'
import { groupFilter, type StatusGroup } from '../../components/repair/status-groups'
import { repairService } from '../../services/repair.service'
import { ROUTES } from '../../services/routes'
import { ADMIN_SECTIONS, openOrder } from '../admin'

/** 全部工单: every order in the estate, newest first, filtered on the server by where they stand. */
export default function OrdersPage() {
  const [group, setGroup] = useState<StatusGroup>('all')
  return (
    <SectionedOrderList
      sections={ADMIN_SECTIONS}
      current={ROUTES.adminOrders}
      header={<StatusFilter value={group} onChange={setGroup} />}
      filterKey={group}
      fetchPage={(cursor) => repairService.list({ scope: 'all', limit: 20, cursor, ...groupFilter(group) })}
      emptyText={group === 'all' ? '还没有工单' : '没有这一类的工单'}
      onOpen={openOrder}
    />
  )
}
