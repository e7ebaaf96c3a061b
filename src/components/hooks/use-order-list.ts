import { useEffect, useRef } from 'react'
import type { WorkOrder } from '@core/repair/work-order'
import type { Page } from '@core/shared/page'
import type { Reply } from '../../services/reply'
import { usePagedList, type PagedListState } from './use-paged-list'

export type OrderListState = PagedListState<WorkOrder>

/**
 * A paged list of orders: loads on show and pull-down, appends the next page at the bottom, and
 * loads afresh when `filterKey` (the filter `fetchPage` applies) changes. `cacheAs`: see usePagedList.
 */
export function useOrderList(
  fetchPage: (cursor?: string) => Promise<Reply<Page<WorkOrder>>>,
  filterKey?: string,
  cacheAs?: string,
) {
  const list = usePagedList(fetchPage, cacheAs)
  const { restart } = list
  // The first load comes with the page's show; only a change of filter loads again here.
  const shownKey = useRef(filterKey)
  useEffect(() => {
    if (shownKey.current === filterKey) return
    shownKey.current = filterKey
    void restart()
  }, [filterKey, restart])
  return list
}
