import { View } from '@tarojs/components'
import type { MonthlyReport } from '@core/report/monthly-report'
import type { ScopeReport } from '@core/report/report-trends'
import { figureRows, MIN_BUILDING_SAMPLE_TEXT } from '@core/report/report.labels'
import './report.scss'
import './report-trend.scss'

/** One scope's figures: this month, the arrow and its meaning, last month, and the plain reading. */
export function ScopeFigures({ scope, kind }: { scope: ScopeReport; kind: 'estate' | 'building' }) {
  return (
    <View className="ll-report__rows">
      {figureRows(scope, kind).map((row) => (
        <View key={row.key} className={`ll-report__row ll-report__row--${row.key}`}>
          <View className="ll-report__line">
            <View className="ll-report__label">{row.label}</View>
            <View className="ll-report__value">{row.value}</View>
            {row.trend && (
              <View className={`ll-report__trend ll-report__trend--${row.trend.tone}`}>
                {row.trend.arrow} {row.trend.text}
              </View>
            )}
          </View>
          {row.sentence && <View className="ll-report__sentence">{row.sentence}</View>}
          <View className="ll-report__previous">上月 {row.previous}</View>
        </View>
      ))}
    </View>
  )
}

/** The whole report: the estate first, then each building. */
export function ReportBody({ report, foreword }: { report: MonthlyReport; foreword: string }) {
  return (
    <View className="ll-report__body">
      {foreword && <View className="ll-report__foreword">{foreword}</View>}
      <View className="ll-report__section">全小区</View>
      <ScopeFigures scope={report.estate} kind="estate" />
      {report.buildings.map((b) => (
        <View key={b.code} className="ll-report__building">
          <View className="ll-report__section">{b.name}</View>
          {b.current.sampleTooSmall && <View className="ll-report__note">{MIN_BUILDING_SAMPLE_TEXT}</View>}
          <ScopeFigures scope={b} kind="building" />
        </View>
      ))}
      <View className="ll-report__footnote">
        以上数字由系统按当月工单、门岗通行和缴费记录自动计算，不含任何住户的姓名、房号或电话。用时按物业服务时段计（紧急报修全天计时）。
      </View>
    </View>
  )
}
