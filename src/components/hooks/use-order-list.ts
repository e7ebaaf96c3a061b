import type { WorkOrder } from '@core/repair/work-order'
import type { Page } from '@core/shared/page'
import type { Reply } from '../../services/reply'
import { usePagedList, type PagedListState } from './use-paged-list'

export type OrderListState = PagedListState<WorkOrder>

/** A paged list of orders: loads on show and pull-down, appends the next page at the bottom. */
export const useOrderList = (fetchPage: (cursor?: string) => Promise<Reply<Page<WorkOrder>>>) => usePagedList(fetchPage)
