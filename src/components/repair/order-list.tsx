import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import { ListState } from '../common/list-state'
import type { OrderListState } from '../hooks/use-order-list'
import { OrderCard } from './order-card'
import './repair.scss'

interface Props {
  list: OrderListState & { reload: () => Promise<void> }
  emptyText: string
  onOpen: (order: WorkOrder) => void
  /** Per-order extra (a grab button). */
  actionFor?: (order: WorkOrder) => ReactNode
  /** Optional reordering of the loaded rows (the staff pool sorts by urgency). */
  sort?: (a: WorkOrder, b: WorkOrder) => number
}

export function OrderList({ list, emptyText, onOpen, actionFor, sort }: Props) {
  const items = list.items && sort ? [...list.items].sort(sort) : list.items
  return (
    <ListState
      loading={list.loading}
      error={list.error}
      count={items?.length ?? null}
      emptyText={emptyText}
      onRetry={() => void list.reload()}
    >
      <View className="ll-order-list">
        {items?.map((order) => (
          <OrderCard key={order.id} order={order} onOpen={onOpen} action={actionFor?.(order)} />
        ))}
        <View className="ll-order-list__foot">
          {list.loadingMore ? '加载中…' : list.hasMore ? '上拉加载更多' : '没有更多了'}
        </View>
      </View>
    </ListState>
  )
}
