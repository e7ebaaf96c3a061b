import { View } from '@tarojs/components'
import { progressSteps } from '@core/repair/progress-steps'
import type { WorkOrder } from '@core/repair/work-order'
import { formatLocal } from '@core/shared/time'
import './repair.scss'

/** 已提交 → 已派单/已接单 → 维修中 → 待验收 → 已完成, with the time under each step reached. */
export function ProgressBar({ order }: { order: WorkOrder }) {
  return (
    <View className="ll-progress">
      {progressSteps(order).map((step) => (
        <View key={step.key} className={`ll-progress__step ll-progress__step--${step.state}`}>
          <View className="ll-progress__dot" />
          <View className="ll-progress__label">{step.label}</View>
          {step.note && <View className="ll-progress__note">{step.note}</View>}
          {/* Date and time on two lines: five columns leave no room for both on one. */}
          <View className="ll-progress__time">{step.at ? formatLocal(step.at, 'MM-DD') : ''}</View>
          <View className="ll-progress__time">{step.at ? formatLocal(step.at, 'HH:mm') : ''}</View>
        </View>
      ))}
    </View>
  )
}
