import { View } from '@tarojs/components'
import { ContactBar } from '../../components/repair/contact-bar'
import { OrderScreen } from '../../components/repair/order-screen'
import { ProgressBar } from '../../components/repair/progress-bar'
import { ResidentActions } from '../../components/repair/resident-actions'
import { useOrder } from '../../components/hooks/use-order'

/** 报修详情 for the household: where the job stands, who to call, and what they can do. */
export default function RepairDetailPage() {
  const handle = useOrder()
  return (
    <OrderScreen
      handle={handle}
      lead={(order) => (
        <>
          <View className="ll-card">
            <ProgressBar order={order} />
          </View>
          {order.status !== 'closed' && order.status !== 'cancelled' && <ContactBar order={order} />}
        </>
      )}
      actions={(order) => <ResidentActions order={order} handle={handle} />}
    />
  )
}
