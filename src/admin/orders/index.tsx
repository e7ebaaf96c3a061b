import { SectionedOrderList } from '../../components/repair/sectioned-order-list'
import { repairService } from '../../services/repair.service'
import { ROUTES } from '../../services/routes'
import { ADMIN_SECTIONS, openOrder } from '../admin'

/** 全部工单: every order in the estate, newest first. */
export default function OrdersPage() {
  return (
    <SectionedOrderList
      sections={ADMIN_SECTIONS}
      current={ROUTES.adminOrders}
      fetchPage={(cursor) => repairService.list({ scope: 'all', limit: 20, cursor })}
      emptyText="还没有工单"
      onOpen={openOrder}
    />
  )
}
