import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { Status, WorkOrder } from '@core/repair/work-order'
import { CATEGORY_LABEL, STATUS_LABEL, STATUS_TONE } from './labels'
import { isOverdue } from './sla'
import './repair.scss'

export function StatusBadge({ status }: { status: Status }) {
  return (
    <Tag type={STATUS_TONE[status]} className={`ll-status ll-status--${status}`}>
      {STATUS_LABEL[status]}
    </Tag>
  )
}

/** Red marks for what the people responsible must see first. */
export function PriorityFlags({ urgent, overdue }: { urgent: boolean; overdue: boolean }) {
  return (
    <>
      {urgent && (
        <Tag type="danger" className="ll-urgent">
          紧急
        </Tag>
      )}
      {overdue && (
        <Tag type="danger" plain className="ll-overdue">
          已超时
        </Tag>
      )}
    </>
  )
}

/** The first line of an order wherever it shows: what broke, its red marks, and its status. */
export function OrderHeading({ order, titleClass }: { order: WorkOrder; titleClass: string }) {
  return (
    <View className="ll-order-card__head">
      <View className={titleClass}>{CATEGORY_LABEL[order.category]}</View>
      <PriorityFlags urgent={order.priority === 'urgent'} overdue={isOverdue(order)} />
      <View className="ll-order-card__spacer" />
      <StatusBadge status={order.status} />
    </View>
  )
}
