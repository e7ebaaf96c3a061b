import { useDidShow } from '@tarojs/taro'
import { inboxBadge } from '../../services/inbox-badge'
import { usePolling } from './use-polling'

/** Progress notices arrive while a tab page sits open; this often the badge looks again. */
export const BADGE_POLL_MS = 10_000

/** For tab pages: keeps the 消息 badge current on show and while the page stays on screen. */
export function useInboxBadge(): void {
  useDidShow(() => void inboxBadge.refresh())
  usePolling(() => void inboxBadge.refresh(), BADGE_POLL_MS)
}
