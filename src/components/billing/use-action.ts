import { useState } from 'react'
import Taro from '@tarojs/taro'
import { friendlyMessage } from '../../services/errors'
import type { ClientErrorCode, Reply } from '../../services/reply'

/**
 * Runs one action at a time: `busy` while it runs, a toast with the friendly message when it
 * fails or `done` when it succeeds. Resolves to the data, or null on failure.
 */
export function useAction() {
  const [busy, setBusy] = useState(false)

  async function run<T>(
    action: () => Promise<Reply<T>>,
    done: string | null,
    overrides: Partial<Record<ClientErrorCode, string>> = {},
  ): Promise<T | null> {
    setBusy(true)
    const reply = await action()
    setBusy(false)
    if (!reply.ok) {
      void Taro.showToast({ title: friendlyMessage(reply.error, overrides), icon: 'none', duration: 2500 })
      return null
    }
    if (done) void Taro.showToast({ title: done, icon: 'success' })
    return reply.data
  }

  return { busy, run }
}
