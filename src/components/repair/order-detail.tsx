import type { ReactNode } from 'react'
import { Cell, CellGroup, Rate } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import { PhotoGrid } from '../common/photo-grid'
import { OrderProof } from './order-proof'
import { OrderTimeline } from './order-timeline'
import { usePhotoLinks } from './use-photo-links'
import { SlaCountdown } from './sla-countdown'
import { SlaDeadlines } from './sla-deadlines'
import { OrderHeading } from './status-badge'
import '../common/common.scss'
import './repair.scss'

/** Everything about one order that every role sees; role-specific actions go below it. */
export function OrderDetail({ order, lead }: { order: WorkOrder; lead?: ReactNode }) {
  const urlOf = usePhotoLinks(order)
  return (
    <View className="ll-order-detail">
      <View className="ll-card">
        <OrderHeading order={order} titleClass="ll-card__title" />
        <View className="ll-order-detail__desc ll-breakable">{order.description}</View>
        {order.photos.length > 0 && <PhotoGrid fileIds={order.photos} urlOf={urlOf} />}
        <SlaCountdown order={order} />
      </View>
      {lead}

      <CellGroup>
        <Cell title="处理人" extra={order.assigneeName ?? '等待师傅接单'} className="ll-assignee" />
        {/* The first worker to accept stays the resident's named contact even after a handover. */}
        {order.firstResponderName && (
          <Cell title="首问负责人" extra={order.firstResponderName} className="ll-first-responder" />
        )}
        {order.preferredSlot && (
          <Cell
            title="预约上门"
            extra={`${formatLocal(order.preferredSlot.from, 'MM-DD HH:mm')} - ${formatLocal(order.preferredSlot.to, 'HH:mm')}`}
          />
        )}
        <Cell title="房号" extra={`${order.unitId} · ${order.residentName}`} />
        <Cell title="提交时间" extra={formatLocal(order.createdAt)} />
        {order.reopenCount > 0 && <Cell title="返修次数" extra={String(order.reopenCount)} />}
      </CellGroup>

      <SlaDeadlines order={order} />

      <OrderProof order={order} urlOf={urlOf} />

      {(order.completionNote || order.completionPhotos.length > 0) && (
        <View className="ll-card">
          <View className="ll-card__title">维修记录</View>
          {order.completionNote && <View className="ll-order-detail__desc ll-breakable">{order.completionNote}</View>}
          <PhotoGrid fileIds={order.completionPhotos} urlOf={urlOf} />
        </View>
      )}

      {order.rating && (
        <View className="ll-card">
          <View className="ll-card__title">住户评价</View>
          <Rate value={order.rating.stars} readOnly />
          {order.rating.comment && <View className="ll-order-detail__desc ll-breakable">{order.rating.comment}</View>}
        </View>
      )}

      <View className="ll-card">
        <View className="ll-card__title">时间线</View>
        <OrderTimeline order={order} />
      </View>
    </View>
  )
}
