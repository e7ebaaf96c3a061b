import type { ReactNode } from 'react'
import type { WorkOrder } from '@core/repair/work-order'
import type { Page } from '@core/shared/page'
import type { Reply } from '../../services/reply'
import { ElderView } from '../common/elder-view'
import { SectionNav, type Section } from '../common/section-nav'
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
  /** Over the list: a filter or tabs. */
  header?: ReactNode
  /** The filter `fetchPage` applies: when it changes, the list loads afresh. */
  filterKey?: string
}

/** A staff or manager list page: the sibling-page nav over a refreshing, paged list of orders. */
export function SectionedOrderList({
  sections,
  current,
  fetchPage,
  emptyText,
  onOpen,
  actionFor,
  sort,
  header,
  filterKey,
}: Props) {
  const list = useOrderList(fetchPage, filterKey)
  return (
    <ElderView>
      <SectionNav sections={sections} current={current} />
      {header}
      <OrderList
        list={list}
        emptyText={emptyText}
        onOpen={onOpen}
        sort={sort}
        actionFor={actionFor && ((order) => actionFor(order, list.reload))}
      />
    </ElderView>
  )
}
