import { View } from '@tarojs/components'
import type { TrendPoint } from '@core/estate/service-kpi'
import './kpi.scss'

/** Days whose date is printed under the bars: every day of a week, every fifth of a month. */
const labelEvery = (days: number) => (days <= 7 ? 1 : 5)

/**
 * Daily average response as bars of plain Views: no chart library, so the console adds no
 * package weight (a chart library for Taro costs hundreds of KB).
 */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const max = Math.max(1, ...points.map((p) => p.averageResponse ?? 0))
  const every = labelEvery(points.length)
  if (points.every((p) => p.averageResponse === null))
    return <View className="ll-hint">这段时间还没有已响应的工单</View>
  return (
    <View className="ll-trend">
      <View className="ll-trend__bars">
        {points.map((point) => (
          <View key={point.date} className="ll-trend__slot">
            {point.averageResponse !== null && (
              <View className="ll-trend__value">{Math.round(point.averageResponse)}</View>
            )}
            <View
              className={`ll-trend__bar${point.averageResponse === null ? ' ll-trend__bar--empty' : ''}`}
              style={{
                height: `${point.averageResponse === null ? 0 : Math.max(4, (point.averageResponse / max) * 100)}%`,
              }}
            />
          </View>
        ))}
      </View>
      <View className="ll-trend__axis">
        {points.map((point, i) => (
          <View key={point.date} className="ll-trend__date">
            {(points.length - 1 - i) % every === 0 ? point.date.slice(5) : ''}
          </View>
        ))}
      </View>
    </View>
  )
}
