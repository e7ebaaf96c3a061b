import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { InboxMessage } from '@core/notify/inbox-message'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { useInboxBadge } from '../../components/hooks/use-inbox-badge'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { MessageRow } from '../../components/inbox/message-row'
import { serverClock } from '../../services/clock.service'
import { inboxBadge } from '../../services/inbox-badge'
import { inboxService } from '../../services/inbox.service'
import { messageTarget, type Target } from '../../services/message-target'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'

/** markRead takes at most this many ids per call. */
const MARK_BATCH = 100

const go = (target: Target) =>
  void (target.tab ? Taro.switchTab({ url: target.url }) : Taro.navigateTo({ url: target.url }))

/** 消息: what happened to the user's orders, passes and bills, newest first; a tap reads and opens one. */
export default function InboxPage() {
  const messages = useRemote(() => inboxService.list())
  const role = useProfile().data?.role
  const action = useAction()
  usePageRefresh(messages.reload)
  useInboxBadge()

  const items = messages.data?.items ?? null
  const unread = items?.filter((m) => m.readAt === null) ?? []

  /** Marks messages read here and on the server, then brings the badge down. */
  async function markRead(ids: string[]): Promise<boolean> {
    const marked = await action.run(() => inboxService.markRead(ids), null)
    if (marked === null) return false
    const readAt = new Date(serverClock.now()).toISOString()
    if (items)
      messages.replace({ items: items.map((m) => (ids.includes(m.id) && m.readAt === null ? { ...m, readAt } : m)) })
    void inboxBadge.refresh()
    return true
  }

  async function open(message: InboxMessage) {
    if (message.readAt === null) await markRead([message.id])
    // A failed mark is retried by the next tap; the message still opens.
    const target = role ? messageTarget(message.ref, role) : null
    if (target) go(target)
  }

  return (
    <ElderView className="ll-inbox">
      {unread.length > 0 && (
        <View className="ll-actions">
          <Button
            className="ll-inbox__read-all"
            size="small"
            disabled={action.busy}
            onClick={() => void markRead(unread.slice(0, MARK_BATCH).map((m) => m.id))}
          >
            全部已读（{unread.length}）
          </Button>
        </View>
      )}
      <ListState
        loading={messages.loading}
        error={messages.error}
        count={items?.length ?? null}
        emptyText="还没有消息"
        onRetry={() => void messages.reload()}
      >
        <View className="ll-inbox__list">
          {items?.map((m) => (
            <MessageRow key={m.id} message={m} onOpen={(message) => void open(message)} />
          ))}
        </View>
      </ListState>
    </ElderView>
  )
}
