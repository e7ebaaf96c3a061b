import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { QuestionResult, SurveyResults } from '@core/feedback/survey'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { shareText } from '../../components/estate/format'
import { KpiTable, type KpiColumn } from '../../components/estate/kpi-table'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { useExportReason } from '../../components/privacy/use-export-reason'
import { csvFiles } from '../../services/csv-file'
import { feedbackService } from '../../services/feedback.service'
import '../../components/common/common.scss'
import '../../components/estate/kpi.scss'
import '../../components/voice/voice.scss'

type BuildingRow = SurveyResults['buildings'][number]

const BUILDING_COLUMNS: KpiColumn<BuildingRow>[] = [
  { title: '楼栋', cell: (r) => `${r.building}号楼` },
  { title: '户数', cell: (r) => String(r.households) },
  { title: '已答', cell: (r) => String(r.responded) },
  { title: '参与率', cell: (r) => shareText(r.rate) },
]

/** One question's tally: bars per option or star, the average of a rating, or the texts given. */
function QuestionCard({ result, index }: { result: QuestionResult; index: number }) {
  const most = Math.max(1, ...Object.values(result.counts))
  return (
    <View className={`ll-card ll-survey-result ll-survey-result--${result.id}`}>
      <View className="ll-card__title">
        {index + 1}. {result.title}
      </View>
      <View className="ll-hint">
        {result.answered} 人作答
        {result.average !== null && (
          <View className="ll-survey-result__average">平均 {result.average.toFixed(2)} 分</View>
        )}
      </View>
      {Object.entries(result.counts).map(([option, count]) => (
        <View key={option} className="ll-bar">
          <View className="ll-bar__label">{result.type === 'rating' ? `${option} 分` : option}</View>
          <View className="ll-bar__track">
            <View className="ll-bar__fill" style={{ width: `${(count / most) * 100}%` }} />
          </View>
          <View className="ll-bar__count">{count}</View>
        </View>
      ))}
      {result.texts.map((text, i) => (
        <View key={i} className="ll-survey-result__text">
          {text}
        </View>
      ))}
    </View>
  )
}

/** 问卷结果: responses and response rate, each question's tally, per-building participation, CSV export. */
export default function SurveyResultsPage() {
  const id = useRouter().params.id ?? ''
  const results = useRemote(() => feedbackService.surveyResults(id))
  usePageRefresh(results.reload)
  const action = useAction()
  const data = results.data

  const reason = useExportReason()
  async function exportCsv(exportReason: string) {
    const file = await action.run(() => feedbackService.surveyExport(id, exportReason), null)
    if (file) await action.run(() => csvFiles.save(file.filename, file.csv), `已导出 ${file.rows} 份`)
  }

  return (
    <ListState
      loading={results.loading}
      error={results.error}
      count={data ? 1 : null}
      emptyText=""
      onRetry={() => void results.reload()}
    >
      {data && (
        <View>
          <View className="ll-card">
            <View className="ll-card__title">{data.title}</View>
            <View className="ll-kpis">
              <View className="ll-kpis__tile">
                <View className="ll-kpis__label">答卷</View>
                <View className="ll-kpis__value ll-survey-responses">{data.responses}</View>
              </View>
              <View className="ll-kpis__tile">
                <View className="ll-kpis__label">参与户数</View>
                <View className="ll-kpis__value">
                  {data.respondedHouseholds}/{data.households}
                </View>
              </View>
              <View className="ll-kpis__tile">
                <View className="ll-kpis__label">参与率</View>
                <View className="ll-kpis__value">{shareText(data.responseRate)}</View>
              </View>
            </View>
          </View>
          {data.questions.map((q, i) => (
            <QuestionCard key={q.id} result={q} index={i} />
          ))}
          <View className="ll-card">
            <View className="ll-card__title">各楼栋参与率</View>
            <KpiTable columns={BUILDING_COLUMNS} rows={data.buildings} rowKey={(r) => r.building} />
          </View>
          <View className="ll-actions">
            <Button
              className="ll-survey-export ll-voice-button"
              type="primary"
              block
              disabled={action.busy}
              onClick={() => reason.ask((text) => void exportCsv(text))}
            >
              导出 CSV
            </Button>
          </View>
          {reason.dialog}
        </View>
      )}
    </ListState>
  )
}
