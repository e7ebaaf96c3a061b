import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { ROOT_CAUSE_LABEL } from '@core/repair/repeat-fault'
import type { WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import { PhotoGrid } from '../common/photo-grid'

/** What holds the job to account: its vendor, a repeat's follow-up and cause, the on-site proof. */
export function OrderProof({
  order,
  urlOf,
}: {
  order: WorkOrder
  urlOf: (fileId: string) => string | null | undefined
}) {
  const hasProof = order.checkIn || (order.beforePhotos?.length ?? 0) > 0
  if (!order.vendorName && !order.repeat && !hasProof) return null
  return (
    <View className="ll-order-proof">
      {order.repeat && (
        <View className="ll-card ll-order-proof__repeat">
          <View className="ll-card__title">返修</View>
          <View className="ll-hint">同一问题近期再次报修，已加急并由主管跟进</View>
          {order.rootCause && (
            <View className="ll-order-detail__desc">
              返修原因：{ROOT_CAUSE_LABEL[order.rootCause.code]}，{order.rootCause.text}
            </View>
          )}
        </View>
      )}
      <CellGroup>
        {order.vendorName && <Cell title="外包单位" extra={order.vendorName} className="ll-order-proof__vendor" />}
        {order.checkIn && (
          <Cell
            title="到场签到"
            extra={`${formatLocal(order.checkIn.at, 'MM-DD HH:mm')}${order.checkIn.location ? ' · 已定位' : ''}`}
            className="ll-order-proof__check-in"
          />
        )}
      </CellGroup>
      {(order.beforePhotos?.length ?? 0) > 0 && (
        <View className="ll-card ll-order-proof__before">
          <View className="ll-card__title">维修前照片</View>
          <PhotoGrid fileIds={order.beforePhotos ?? []} urlOf={urlOf} />
        </View>
      )}
    </View>
  )
}
