import { View } from '@tarojs/components'
import type { TimelineEvent, TimelineType, WorkOrder } from '@core/repair/work-order'
import { SYSTEM_OPENID } from '@core/identity/actor'
import { formatLocal } from '@core/shared/time'
import { TIMELINE_LABEL } from './labels'
import './repair.scss'

/** Events whose note is the name of the worker the job went to. */
const HANDED_TO: readonly TimelineType[] = ['assigned', 'dispatched']

/** Names for the openids on a timeline, from what the order itself knows. */
function actorName(order: WorkOrder, by: string): string {
  if (by === SYSTEM_OPENID) return '系统'
  if (by === order.residentOpenid) return order.residentName
  if (by === order.assigneeOpenid && order.assigneeName) return order.assigneeName
  if (by === order.firstResponderOpenid && order.firstResponderName) return order.firstResponderName
  return '物业'
}

function describe(order: WorkOrder, event: TimelineEvent): string {
  const parts = [formatLocal(event.at, 'MM-DD HH:mm'), actorName(order, event.by)]
  if (event.note) parts.push(HANDED_TO.includes(event.type) ? `派给 ${event.note}` : event.note)
  return parts.join(' · ')
}

/**
 * 时间线: every step the order went through, newest last. Drawn here rather than with NutUI's
 * Steps, whose script and stylesheet cost about 14 KB of the main package for a dotted line.
 */
export function OrderTimeline({ order }: { order: WorkOrder }) {
  return (
    <View className="ll-timeline">
      {order.timeline.map((event, i) => (
        <View
          key={`${event.type}-${event.at}-${i}`}
          className={`ll-timeline__step ll-timeline__step--${event.type}${i === order.timeline.length - 1 ? ' ll-timeline__step--latest' : ''}`}
        >
          <View className="ll-timeline__dot" />
          <View className="ll-timeline__title">{TIMELINE_LABEL[event.type]}</View>
          <View className="ll-timeline__note">{describe(order, event)}</View>
        </View>
      ))}
    </View>
  )
}
