import { OrderScreen } from '../../components/repair/order-screen'
import { ResidentActions } from '../../components/repair/resident-actions'
import { useOrder } from '../../components/hooks/use-order'

/** 报修详情 for the household. */
export default function RepairDetailPage() {
  const handle = useOrder()
  return <OrderScreen handle={handle} actions={(order) => <ResidentActions order={order} handle={handle} />} />
}
