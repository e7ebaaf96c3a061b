import { OrderScreen } from '../../components/repair/order-screen'
import { useOrder } from '../../components/hooks/use-order'
import { AdminActions } from '../admin-actions'

/** 工单详情 for managers. */
export default function AdminOrderPage() {
  const handle = useOrder()
  return <OrderScreen handle={handle} actions={(order) => <AdminActions order={order} handle={handle} />} />
}
