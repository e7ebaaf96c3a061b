import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { Announcement } from '@core/notify/announcement'
import { formatLocal } from '@core/shared/time'
import '../common/common.scss'
import './inbox.scss'

interface Props {
  notice: Announcement
  /** Who it is for, as this reader should see it ("全小区", "本楼栋", "1号楼、2号楼"). */
  scope: string
  onOpen?: (notice: Announcement) => void
  /** Shown under the card, e.g. a withdraw button; taps on it do not open the notice. */
  action?: ReactNode
}

/** One notice (公告); an emergency one is marked in red so it reads as one at a glance. */
export function NoticeCard({ notice, scope, onOpen, action }: Props) {
  return (
    <View className={`ll-notice${notice.emergency ? ' ll-notice--emergency' : ''}`} data-notice-id={notice.id}>
      <View onClick={() => onOpen?.(notice)}>
        <View className="ll-notice__head">
          {notice.emergency && (
            <Tag type="danger" className="ll-notice__flag">
              紧急
            </Tag>
          )}
          <View className="ll-notice__title">{notice.title}</View>
        </View>
        <View className="ll-notice__body ll-breakable">{notice.body}</View>
        {/* The date never breaks across lines ("11-30" stays whole). */}
        <View className="ll-notice__meta">
          <Text className="ll-nowrap">{formatLocal(notice.createdAt, 'MM-DD HH:mm')}</Text> · {scope}
        </View>
      </View>
      {action && <View className="ll-notice__action">{action}</View>}
    </View>
  )
}
