import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import { useNow } from '../hooks/use-now'
import { deadlineRows } from './sla'
import '../common/common.scss'
import './repair.scss'

/** 服务时限: each promise's deadline in the estate's time and whether it was kept. */
export function SlaDeadlines({ order }: { order: WorkOrder }) {
  const now = useNow()
  return (
    <View className="ll-card ll-deadlines">
      <View className="ll-card__title">服务时限</View>
      {deadlineRows(order, now).map((row) => (
        <View key={row.timer} className={`ll-deadline ll-deadline--${row.timer} ll-deadline--${row.state}`}>
          <View className="ll-deadline__label">{row.label}</View>
          <View className="ll-deadline__due">{row.due} 前</View>
          <View className="ll-deadline__state">{row.text}</View>
        </View>
      ))}
    </View>
  )
}
