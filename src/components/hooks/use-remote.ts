import { useCallback, useRef, useState } from 'react'
import type { ClientError, Reply } from '../../services/reply'

export interface RemoteState<T> {
  /** The last data loaded; kept while a refresh runs or fails so the screen does not flash. */
  data: T | null
  error: ClientError | null
  loading: boolean
}

/**
 * Loads data through a service call. Only the newest request may write the state, so a slow
 * poll cannot overwrite the result of an action taken after it started.
 */
export function useRemote<T>(load: () => Promise<Reply<T>>) {
  const [state, setState] = useState<RemoteState<T>>({ data: null, error: null, loading: true })
  const loadRef = useRef(load)
  loadRef.current = load
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const request = ++latest.current
    setState((s) => ({ ...s, loading: true }))
    const reply = await loadRef.current()
    if (request !== latest.current) return
    setState((s) =>
      reply.ok
        ? { data: reply.data, error: null, loading: false }
        : { data: s.data, error: reply.error, loading: false },
    )
  }, [])

  /** Replaces the data with what an action returned, superseding any request in flight. */
  const replace = useCallback((data: T) => {
    latest.current++
    setState({ data, error: null, loading: false })
  }, [])

  return { ...state, reload, replace }
}
