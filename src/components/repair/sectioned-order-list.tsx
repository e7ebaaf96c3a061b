import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import type { Page } from '@core/shared/page'
import type { Reply } from '../../services/reply'
import { SectionNav, type Section } from '../common/section-nav'
import { useElderMode } from '../hooks/use-elder-mode'
import { useOrderList } from '../hooks/use-order-list'
import { OrderList } from './order-list'

interface Props {
  sections: readonly Section[]
  /** The URL of the page showing this list. */
  current: string
  fetchPage: (cursor?: string) => Promise<Reply<Page<WorkOrder>>>
  emptyText: string
  onOpen: (order: WorkOrder) => void
  /** Per-order extra (a grab button); `reload` refreshes the list after it acts. */
  actionFor?: (order: WorkOrder, reload: () => Promise<void>) => ReactNode
  sort?: (a: WorkOrder, b: WorkOrder) => number
}

/** A staff or manager list page: the sibling-page nav over a refreshing, paged list of orders. */
export function SectionedOrderList({ sections, current, fetchPage, emptyText, onOpen, actionFor, sort }: Props) {
  const list = useOrderList(fetchPage)
  const elder = useElderMode()
  return (
    <View className={elder.className}>
      <SectionNav sections={sections} current={current} />
      <OrderList
        list={list}
        emptyText={emptyText}
        onOpen={onOpen}
        sort={sort}
        actionFor={actionFor && ((order) => actionFor(order, list.reload))}
      />
    </View>
  )
}
