import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { PublishedReport } from '@core/report/report.schemas'
import { figureRows, monthLabel } from '@core/report/report.labels'
import { reportUrl } from '../../services/report.routes'
import './report-card.scss'
import './report-trend.scss'

const HEADLINES = ['repairs', 'response', 'resolutionWithin', 'satisfaction']

/** The home page's 「本月服务报告」 card: the newest published month in four figures. */
export function ReportCard({ published }: { published: PublishedReport }) {
  const rows = figureRows(published.report.estate, 'estate').filter((r) => HEADLINES.includes(r.key))
  return (
    <View className="ll-report-card" onClick={() => void Taro.navigateTo({ url: reportUrl(published.id) })}>
      <View className="ll-report-card__title">
        本月服务报告 <View className="ll-report-card__month">{monthLabel(published.id)}</View>
      </View>
      <View className="ll-report-card__figures">
        {rows.map((row) => (
          <View key={row.key} className="ll-report-card__figure">
            <View className="ll-report-card__value">
              {row.value}
              {row.trend && <View className={`ll-report__trend--${row.trend.tone}`}>{row.trend.arrow}</View>}
            </View>
            <View className="ll-report-card__label">{row.label}</View>
          </View>
        ))}
      </View>
      <View className="ll-report-card__more">查看完整报告 ›</View>
    </View>
  )
}
