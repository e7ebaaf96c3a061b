import { useEffect, useRef, useState } from 'react'
import { orderChangesReply } from '@core/estate/console.replies'
import { call, messageOf } from './api'

/** Within the 10 s: a change shows on the board at most one interval (plus a fetch) later. */
export const LIVE_POLL_MS = 4000

/**
 * A stamp that moves whenever any open order (or the newest order) changes, from the cheap
 * `orderChanges` action; screens refetch when it moves instead of refetching every few seconds.
 */
export function useOrderStamp(): string {
  const [stamp, setStamp] = useState('')
  const since = useRef('')
  useEffect(() => {
    let live = true
    const check = async () => {
      const reply = await call('admin', 'orderChanges', orderChangesReply, { since: since.current })
      if (live && reply.ok && reply.data.changed) {
        since.current = reply.data.stamp
        setStamp(reply.data.stamp)
      }
    }
    void check()
    const timer = setInterval(check, LIVE_POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [])
  return stamp
}

/** Fetches with `load` on mount and whenever `deps` change; the last answer wins. */
export function useLoad<T>(
  load: () => Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>,
  deps: unknown[],
) {
  const [state, setState] = useState<{ loading: boolean; data: T | null; error: { code: string } | null }>({
    loading: true,
    data: null,
    error: null,
  })
  const [round, setRound] = useState(0)
  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true }))
    void load().then((reply) => {
      if (!live) return
      setState(
        reply.ok
          ? { loading: false, data: reply.data, error: null }
          : { loading: false, data: null, error: reply.error },
      )
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round])
  return { ...state, reload: () => setRound((r) => r + 1) }
}

/** A table's loading and empty props for a `useLoad` state: a failure reads as its reason. */
export const tableState = (
  state: { loading: boolean; data: unknown; error: { code: string } | null },
  empty: string,
) => ({
  loading: state.loading && !state.data,
  empty: state.error ? `加载失败：${messageOf(state.error)}` : empty,
})
