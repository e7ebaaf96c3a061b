import { View } from '@tarojs/components'
import type { WorkOrder } from '@core/repair/work-order'
import { useNow } from '../hooks/use-now'
import { holdNotice, slaPromise, slaView } from './sla'
import './repair.scss'

/** The SLA promise and a live countdown to the deadline the order is racing now. */
export function SlaCountdown({ order }: { order: WorkOrder }) {
  const now = useNow()
  const view = slaView(order, now)
  const paused = holdNotice(order)
  return (
    <View className="ll-sla">
      <View className="ll-sla__promise">服务承诺：{slaPromise(order)}</View>
      {paused && <View className="ll-sla__countdown ll-sla__countdown--paused">{paused}</View>}
      {view && (
        <View className={`ll-sla__countdown${view.overdue ? ' ll-sla__countdown--overdue' : ''}`}>
          <View className="ll-sla__headline">{view.headline}</View>
          {view.clock && <View className="ll-sla__clock">剩余 {view.clock}</View>}
        </View>
      )}
    </View>
  )
}
