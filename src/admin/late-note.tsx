import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import { useNow } from '../components/hooks/use-now'
import { TIMER_LABEL } from '../components/repair/labels'
import { slaView } from '../components/repair/sla'
import './admin.scss'

/** On the late board: which deadline is breached or close, and by how much. */
export function LateNote({ order }: { order: WorkOrder }) {
  const now = useNow()
  const view = slaView(order, now)
  if (!view) return null
  return (
    <View className={`ll-late-note${view.overdue ? ' ll-late-note--overdue' : ''}`}>
      {TIMER_LABEL[view.timer]}：{view.headline} · {order.assigneeName ?? '无人接单'}
    </View>
  )
}
