import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import type { WorkOrder } from '@core/repair/work-order'
import { friendlyMessage } from '../../services/errors'
import { repairService } from '../../services/repair.service'
import type { ClientErrorCode, Reply } from '../../services/reply'
import { refreshWithClock, usePageRefresh } from './use-page-refresh'
import { usePolling } from './use-polling'
import { useRemote } from './use-remote'

export const POLL_MS = 5000

/** Codes after which the order on screen is stale, so it is fetched again. */
const STALE: readonly ClientErrorCode[] = ['CONFLICT', 'INVALID_TRANSITION']

/**
 * The order named by the page's `?id=`, refreshed every few seconds while the page is open so
 * progress shows without a manual reload, plus `run` for the actions each role can take on it.
 */
export function useOrder() {
  const id = useRouter().params.id ?? ''
  const remote = useRemote(() => repairService.get(id))
  const [busy, setBusy] = useState(false)

  usePageRefresh(remote.reload)
  usePolling(() => void refreshWithClock(remote.reload), POLL_MS)

  /** Runs an action; the order it returns replaces the one on screen. Resolves to success. */
  async function run(
    action: () => Promise<Reply<WorkOrder>>,
    done: string,
    overrides: Partial<Record<ClientErrorCode, string>> = {},
  ): Promise<boolean> {
    setBusy(true)
    const reply = await action()
    setBusy(false)
    if (!reply.ok) {
      void Taro.showToast({ title: friendlyMessage(reply.error, overrides), icon: 'none', duration: 2500 })
      if (STALE.includes(reply.error.code)) void remote.reload()
      return false
    }
    remote.replace(reply.data)
    void Taro.showToast({ title: done, icon: 'success' })
    return true
  }

  return { id, order: remote.data, error: remote.error, loading: remote.loading, reload: remote.reload, busy, run }
}

export type OrderHandle = ReturnType<typeof useOrder>
