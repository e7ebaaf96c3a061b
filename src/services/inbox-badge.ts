import Taro from '@tarojs/taro'
import { inboxService } from './inbox.service'
import { screenCache } from './screen-cache.service'
import { session } from './session.service'

/** The 消息 tab's position in app.config.ts's tabBar list. */
export const INBOX_TAB_INDEX = 2

const UNREAD = 'inbox.unread'
/** Whether the server has answered the count in this run: from then on the cache is older than the badge. */
let answered = false

/** What the badge says: the count, capped so it fits the tab bar. */
export const badgeText = (count: number): string => (count > 99 ? '99+' : String(count))

function show(count: number): void {
  const shown =
    count > 0
      ? Taro.setTabBarBadge({ index: INBOX_TAB_INDEX, text: badgeText(count) })
      : Taro.removeTabBarBadge({ index: INBOX_TAB_INDEX })
  // Refused when no tab bar is on screen (the user moved on meanwhile); the next tab page shows it.
  void shown.catch(() => undefined)
}

/** The unread count on the tab bar (Taro draws the H5 tab bar and takes the same calls there). */
export const inboxBadge = {
  /**
   * Reads the unread count and shows it; the first time in a run, shows the last count known
   * (screen-cache.service.ts) while it asks. Call from tab pages: only they have a tab bar.
   */
  async refresh(): Promise<void> {
    const last = answered ? null : screenCache.read<number>(UNREAD)
    if (last !== null) show(last)
    const me = await session.profile()
    // Guests have no inbox until they join the estate.
    if (!me.ok || me.data.role === 'guest') return
    const unread = await inboxService.unreadCount()
    if (!unread.ok) return
    answered = true
    screenCache.write(UNREAD, unread.data.count)
    show(unread.data.count)
  },
}
