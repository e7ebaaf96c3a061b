import { useCallback, useRef, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import type { Page } from '@core/shared/page'
import type { ClientError, Reply } from '../../services/reply'
import { screenCache } from '../../services/screen-cache.service'
import { usePageRefresh } from './use-page-refresh'

export interface PagedListState<T> {
  items: T[] | null
  error: ClientError | null
  loading: boolean
  loadingMore: boolean
  hasMore: boolean
}

/**
 * A paged list for a page: loads on show and pull-down, appends the next page when the user
 * scrolls to the bottom. With `cacheAs`, the first render shows the first page as it was last
 * time (screen-cache.service.ts) until the server answers.
 */
export function usePagedList<T>(fetchPage: (cursor?: string) => Promise<Reply<Page<T>>>, cacheAs?: string) {
  const [state, setState] = useState<PagedListState<T>>(() => ({
    items: cacheAs ? screenCache.read<T[]>(cacheAs) : null,
    error: null,
    loading: true,
    loadingMore: false,
    hasMore: false,
  }))
  const cursor = useRef<string | null>(null)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const latest = useRef(0)

  const load = useCallback(
    async (append: boolean) => {
      const request = ++latest.current
      setState((s) => ({ ...s, loading: !append, loadingMore: append }))
      const reply = await fetchRef.current(append ? (cursor.current ?? undefined) : undefined)
      if (request !== latest.current) return
      if (!reply.ok) {
        setState((s) => ({ ...s, error: reply.error, loading: false, loadingMore: false }))
        return
      }
      cursor.current = reply.data.nextCursor
      if (!append && cacheAs) screenCache.write(cacheAs, reply.data.items)
      setState((s) => ({
        items: append ? [...(s.items ?? []), ...reply.data.items] : reply.data.items,
        error: null,
        loading: false,
        loadingMore: false,
        hasMore: reply.data.nextCursor !== null,
      }))
    },
    [cacheAs],
  )

  const reload = useCallback(() => load(false), [load])
  /** For a new filter: drops the rows of the old one, so the list shows loading, not stale rows. */
  const restart = useCallback(() => {
    cursor.current = null
    setState((s) => ({ ...s, items: null, error: null, hasMore: false }))
    return load(false)
  }, [load])
  usePageRefresh(reload)
  useReachBottom(() => {
    if (cursor.current && !state.loadingMore) void load(true)
  })

  return { ...state, reload, restart }
}
