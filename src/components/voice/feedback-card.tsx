import { View } from '@tarojs/components'
import type { Feedback } from '@core/feedback/feedback'
import { FEEDBACK_STATUS_LABEL, KIND_LABEL } from '@core/feedback/feedback.labels'
import { formatLocal } from '@core/shared/time'
import '../common/common.scss'
import './voice.scss'

/** Late: a promise already broken (red) or about to be (amber), as on the repair late board. */
export const lateness = (item: Feedback): 'overdue' | 'warned' | null =>
  item.overdue.acknowledge || item.overdue.resolve
    ? 'overdue'
    : item.warned.acknowledge || item.warned.resolve
      ? 'warned'
      : null

/** One feedback in a list: kind, topic, status, when, and late treatment for staff queues. */
export function FeedbackCard({ item, onOpen }: { item: Feedback; onOpen: (item: Feedback) => void }) {
  const late = lateness(item)
  return (
    <View
      className={`ll-card ll-feedback-card${late ? ` ll-feedback-card--${late}` : ''}`}
      onClick={() => onOpen(item)}
    >
      <View className="ll-voice-line">
        <View className="ll-card__title">
          {KIND_LABEL[item.kind]} · {item.topic}
        </View>
        <View className="ll-feedback-card__status">{FEEDBACK_STATUS_LABEL[item.status]}</View>
      </View>
      <View className="ll-feedback-card__text">{item.description}</View>
      <View className="ll-hint">
        {formatLocal(item.createdAt, 'MM-DD HH:mm')}
        {late === 'overdue' ? ' · 已超时' : late === 'warned' ? ' · 即将超时' : ''}
      </View>
    </View>
  )
}
