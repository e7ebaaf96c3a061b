import { OrderScreen } from '../../components/repair/order-screen'
import { useOrder } from '../../components/hooks/use-order'
import { StaffActions } from '../staff-actions'

/** 工单详情 for maintenance staff. */
export default function JobPage() {
  const handle = useOrder()
  return <OrderScreen handle={handle} actions={(order) => <StaffActions order={order} handle={handle} />} />
}
