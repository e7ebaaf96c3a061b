import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { KPI_RANGES, type KpiRange } from '@core/estate/service-kpi'
import { VISIT_OUTCOME_LABEL } from '@core/feedback/feedback.labels'
import { VISIT_OUTCOMES } from '@core/feedback/return-visit'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { Choice } from '../../components/estate/choice'
import { shareText, starsText } from '../../components/estate/format'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { csvFiles } from '../../services/csv-file'
import { feedbackService, type FeedbackDashboard } from '../../services/feedback.service'
import { VOICE_ROUTES } from '../../services/voice.routes'
import '../../components/common/common.scss'
import '../../components/estate/kpi.scss'
import '../../components/voice/voice.scss'

const RANGE_LABEL: Record<KpiRange, string> = { today: '今日', '7d': '近 7 天', '30d': '近 30 天' }

function tiles(f: FeedbackDashboard): { key: string; label: string; value: string }[] {
  return [
    { key: 'complaints', label: '投诉', value: String(f.complaints) },
    { key: 'per100', label: '每百户投诉', value: f.complaintsPer100Households.toFixed(1) },
    { key: 'ack', label: '24 小时内受理', value: shareText(f.acknowledgedInTime) },
    { key: 'resolve', label: '48 小时内办结', value: shareText(f.resolvedInTime) },
    { key: 'satisfaction', label: '满意率', value: shareText(f.satisfaction) },
    { key: 'stars', label: '平均评分', value: starsText(f.averageStars) },
    { key: 'reopen', label: '重开率', value: shareText(f.reopenRate) },
    { key: 'visits', label: '回访覆盖', value: shareText(f.returnVisitCoverage) },
    { key: 'survey', label: '问卷参与率', value: shareText(f.surveyResponseRate) },
  ]
}

const LINKS = [
  { label: '投诉建议', url: `${VOICE_ROUTES.queue}?scope=all`, className: 'll-voice-link--queue' },
  { label: '回访', url: VOICE_ROUTES.visits, className: 'll-voice-link--visits' },
  { label: '问卷', url: VOICE_ROUTES.surveys, className: 'll-voice-link--surveys' },
]

/** 住户反馈看板: complaints per 100 homes, promises kept, satisfaction, reopens, return visits, survey response. */
export default function FeedbackDashboardPage() {
  const [range, setRange] = useState<KpiRange>('30d')
  const figures = useRemote(() => feedbackService.dashboard(range))
  const reload = figures.reload
  usePageRefresh(reload)
  useEffect(() => {
    void reload()
  }, [range, reload])
  const action = useAction()
  const data = figures.data

  async function exportCsv() {
    const file = await action.run(() => feedbackService.dashboardCsv(range), null)
    if (file) await action.run(() => csvFiles.save(file.filename, file.csv), '已导出')
  }

  return (
    <View>
      <View className="ll-voice-links">
        {LINKS.map((l) => (
          <View
            key={l.url}
            className={`ll-voice-link ${l.className}`}
            onClick={() => void Taro.navigateTo({ url: l.url })}
          >
            {l.label} ›
          </View>
        ))}
      </View>
      <Choice options={KPI_RANGES} labels={RANGE_LABEL} value={range} onChange={setRange} className="ll-voice-range" />
      <ListState
        loading={figures.loading}
        error={figures.error}
        count={data ? 1 : null}
        emptyText=""
        onRetry={() => void reload()}
      >
        {data && (
          <View>
            <View className="ll-kpis">
              {tiles(data).map((t) => (
                <View key={t.key} className={`ll-kpis__tile ll-voice-figure--${t.key}`}>
                  <View className="ll-kpis__label">{t.label}</View>
                  <View className="ll-kpis__value">{t.value}</View>
                </View>
              ))}
            </View>
            {data.truncated && <View className="ll-hint ll-card">反馈过多，以上数据只统计了较早的一部分。</View>}
            <View className="ll-card">
              <View className="ll-card__title">回访结果</View>
              <View className="ll-hint">
                应回访 {data.returnVisitsDue} 单，已完成 {data.returnVisitsDone} 单
              </View>
              <View className="ll-voice-line">
                {VISIT_OUTCOMES.map((o) => (
                  <View key={o}>
                    {VISIT_OUTCOME_LABEL[o]} {data.returnVisitResults[o]}
                  </View>
                ))}
              </View>
            </View>
            <View className="ll-card">
              <View className="ll-card__title">收到的表扬</View>
              {data.praiseByStaff.length > 0 ? (
                data.praiseByStaff.map((p) => (
                  <View key={p.openid} className="ll-voice-line ll-voice-praise">
                    <View>{p.name}</View>
                    <View>{p.count} 次</View>
                  </View>
                ))
              ) : (
                <View className="ll-hint">暂无表扬</View>
              )}
            </View>
          </View>
        )}
      </ListState>
      <View className="ll-actions">
        <Button
          className="ll-voice-export ll-voice-button"
          type="primary"
          block
          disabled={action.busy}
          onClick={() => void exportCsv()}
        >
          导出 CSV
        </Button>
      </View>
    </View>
  )
}
