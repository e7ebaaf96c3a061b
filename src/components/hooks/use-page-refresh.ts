import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { serverClock } from '../../services/clock.service'

/** Reloads and re-reads the server's clock, so countdowns agree with the deadlines it set. */
export const refreshWithClock = async (reload: () => Promise<void>): Promise<void> => {
  await Promise.all([reload(), serverClock.sync()])
}

/**
 * Reloads whenever the page shows (first open, and coming back from a detail page) and on
 * pull-down; the page config must set `enablePullDownRefresh: true`.
 */
export function usePageRefresh(reload: () => Promise<void>): void {
  useDidShow(() => {
    void refreshWithClock(reload)
  })
  usePullDownRefresh(() => {
    void refreshWithClock(reload).finally(() => Taro.stopPullDownRefresh())
  })
}
