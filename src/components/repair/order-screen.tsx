import type { ReactNode } from 'react'
import type { WorkOrder } from '@core/repair/work-order'
import { ListState } from '../common/list-state'
import { ElderView } from '../common/elder-view'
import type { OrderHandle } from '../hooks/use-order'
import { OrderDetail } from './order-detail'
import '../common/common.scss'

/** An order's page: its loading and error states, the detail, and the role's actions below. */
interface Props {
  handle: OrderHandle
  /** The role's actions, below the detail. */
  actions: (order: WorkOrder) => ReactNode
  /** What the role sees right under the order's headline (the step bar, the call button). */
  lead?: (order: WorkOrder) => ReactNode
}

export function OrderScreen({ handle, actions, lead }: Props) {
  const { order } = handle
  return (
    <ListState
      loading={handle.loading}
      error={handle.error}
      count={order ? 1 : null}
      emptyText=""
      onRetry={() => void handle.reload()}
    >
      {order && (
        <ElderView className="ll-order-screen">
          <OrderDetail order={order} lead={lead?.(order)} />
          {actions(order)}
        </ElderView>
      )}
    </ListState>
  )
}
