import { ContactBar } from '../../components/repair/contact-bar'
import { OrderScreen } from '../../components/repair/order-screen'
import { useOrder } from '../../components/hooks/use-order'
import { StaffActions } from '../staff-actions'

/** 工单详情 for maintenance staff: the call button to the household up top, the moves at the bottom. */
export default function JobPage() {
  const handle = useOrder()
  return (
    <OrderScreen
      handle={handle}
      lead={(order) => <ContactBar order={order} />}
      actions={(order) => <StaffActions order={order} handle={handle} />}
    />
  )
}
