import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import { OrderHeading } from './status-badge'
import './repair.scss'

interface Props {
  order: WorkOrder
  onOpen: (order: WorkOrder) => void
  /** Shown under the card, e.g. a grab button; taps on it do not open the order. */
  action?: ReactNode
}

/** One order in a list. */
export function OrderCard({ order, onOpen, action }: Props) {
  return (
    <View className="ll-order-card" data-order-id={order.id}>
      <View onClick={() => onOpen(order)}>
        <OrderHeading order={order} titleClass="ll-order-card__category" />
        <View className="ll-order-card__desc">{order.description}</View>
        <View className="ll-order-card__meta">
          {order.unitId} · {order.residentName} · {formatLocal(order.createdAt, 'MM-DD HH:mm')}
        </View>
        <View className="ll-order-card__holder">
          {order.assigneeName ? `处理人：${order.assigneeName}` : '暂无处理人'}
        </View>
      </View>
      {action && <View className="ll-order-card__action">{action}</View>}
    </View>
  )
}
