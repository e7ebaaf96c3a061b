import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { statusText } from '@core/repair/repair.labels'
import type { WorkOrder } from '@core/repair/work-order'
import { CATEGORY_LABEL, STATUS_TONE } from './labels'
import { isOverdue } from './sla'
import './repair.scss'

export function StatusBadge({ order }: { order: Pick<WorkOrder, 'status' | 'assigneeOpenid'> }) {
  return (
    <Tag type={STATUS_TONE[order.status]} className={`ll-status ll-status--${order.status}`}>
      {statusText(order)}
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
      <StatusBadge order={order} />
    </View>
  )
}
