import { View } from '@tarojs/components'
import type { InboxMessage } from '@core/notify/inbox-message'
import { formatLocal } from '@core/shared/time'
import '../common/common.scss'
import './inbox.scss'

/** One message: unread ones carry a dot and bold text; a tap opens what it is about. */
export function MessageRow({ message, onOpen }: { message: InboxMessage; onOpen: (message: InboxMessage) => void }) {
  const unread = message.readAt === null
  return (
    <View
      className={`ll-row ll-message${unread ? ' ll-message--unread' : ''}`}
      data-message-id={message.id}
      onClick={() => onOpen(message)}
    >
      <View className="ll-message__dot" />
      <View className="ll-row__main">
        <View className="ll-row__title ll-message__title">{message.title}</View>
        <View className="ll-message__body">{message.body}</View>
        <View className="ll-row__meta">{formatLocal(message.createdAt, 'MM-DD HH:mm')}</View>
      </View>
    </View>
  )
}
