import { useCallback, useRef, useState } from 'react'
import type { ClientError, Reply } from '../../services/reply'
import { screenCache } from '../../services/screen-cache.service'

export interface RemoteState<T> {
  /** The last data loaded; kept while a refresh runs or fails so the screen does not flash. */
  data: T | null
  error: ClientError | null
  loading: boolean
}

/**
 * Loads data through a service call. Only the newest request may write the state, so a slow
 * poll cannot overwrite the result of an action taken after it started. With `cacheAs`, the
 * first render shows what the last answer was (screen-cache.service.ts) until the server answers.
 */
export function useRemote<T>(load: () => Promise<Reply<T>>, cacheAs?: string) {
  const [state, setState] = useState<RemoteState<T>>(() => ({
    data: cacheAs ? screenCache.read<T>(cacheAs) : null,
    error: null,
    loading: true,
  }))
  const loadRef = useRef(load)
  loadRef.current = load
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const request = ++latest.current
    setState((s) => ({ ...s, loading: true }))
    const reply = await loadRef.current()
    if (request !== latest.current) return
    if (reply.ok && cacheAs) screenCache.write(cacheAs, reply.data)
    setState((s) =>
      reply.ok
        ? { data: reply.data, error: null, loading: false }
        : { data: s.data, error: reply.error, loading: false },
    )
  }, [cacheAs])

  /** Replaces the data with what an action returned, superseding any request in flight. */
  const replace = useCallback((data: T) => {
    latest.current++
    setState({ data, error: null, loading: false })
  }, [])

  return { ...state, reload, replace }
}
