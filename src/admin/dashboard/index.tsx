import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import {
  KPI_RANGES,
  type CategoryKpis,
  type KpiRange,
  type ServiceKpis,
  type StaffKpis,
} from '@core/estate/service-kpi'
import { CATEGORY_LABEL } from '@core/repair/repair.labels'
import { dayjs, ESTATE_TZ } from '@core/shared/time'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { Choice } from '../../components/estate/choice'
import { Field } from '../../components/common/form-field'
import { minutesText, shareText, starsText } from '../../components/estate/format'
import { KpiTable, type KpiColumn } from '../../components/estate/kpi-table'
import { TrendChart } from '../../components/estate/trend-chart'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { serverClock } from '../../services/clock.service'
import { csvFiles } from '../../services/csv-file'
import { consoleService } from '../../services/console.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { CONSOLE_SECTIONS } from '../console-sections'
import { useExportReason } from '../../components/privacy/use-export-reason'
import '../../components/common/common.scss'
import '../../components/estate/kpi.scss'

const RANGE_LABEL: Record<KpiRange, string> = { today: '今日', '7d': '近 7 天', '30d': '近 30 天' }

/** The 90th percentile as people say it: 九成工单 "12 分钟内" responded. */
const withinText = (minutes: number | null) => (minutes === null ? minutesText(null) : `${minutesText(minutes)}内`)

function tiles(k: ServiceKpis): { label: string; value: string; alert?: boolean }[] {
  return [
    { label: '报修量', value: String(k.submitted) },
    { label: '未完成', value: String(k.open) },
    { label: '超时', value: String(k.late), alert: k.late > 0 },
    { label: '平均响应', value: minutesText(k.response.average) },
    { label: '九成工单响应', value: withinText(k.response.p90) },
    { label: '按时率', value: shareText(k.withinSla.share) },
    { label: '平均完工', value: minutesText(k.resolution.average) },
    { label: '九成工单完工', value: withinText(k.resolution.p90) },
    { label: '满意度', value: starsText(k.satisfaction.average) },
  ]
}

const CATEGORY_COLUMNS: KpiColumn<CategoryKpis>[] = [
  { title: '类别', cell: (r) => CATEGORY_LABEL[r.category] },
  { title: '报修', cell: (r) => String(r.submitted) },
  { title: '超时', cell: (r) => String(r.late) },
  { title: '平均响应', cell: (r) => minutesText(r.response.average) },
  { title: '按时率', cell: (r) => shareText(r.withinSla.share) },
  { title: '满意度', cell: (r) => starsText(r.satisfaction.average) },
]

const STAFF_COLUMNS: KpiColumn<StaffKpis>[] = [
  { title: '师傅', cell: (r) => r.name },
  { title: '工单', cell: (r) => String(r.submitted) },
  { title: '超时', cell: (r) => String(r.late) },
  { title: '平均响应', cell: (r) => minutesText(r.response.average) },
  { title: '平均完工', cell: (r) => minutesText(r.resolution.average) },
  { title: '满意度', cell: (r) => starsText(r.satisfaction.average) },
  { title: '表扬', cell: (r) => String(r.praise) },
]

/** Exports the orders of a date range (this month so far, unless changed) as a CSV for Excel. */
function ExportCard() {
  const today = () => dayjs(serverClock.now()).tz(ESTATE_TZ)
  const [from, setFrom] = useState(() => today().startOf('month').format('YYYY-MM-DD'))
  const [to, setTo] = useState(() => today().format('YYYY-MM-DD'))
  const action = useAction()
  const reason = useExportReason()

  async function exportOrders(exportReason: string) {
    const file = await action.run(() => consoleService.exportOrders(from, to, exportReason), null)
    if (!file) return
    const saved = await action.run(() => csvFiles.save(file.filename, file.csv), `已导出 ${file.rows} 条`)
    if (saved !== null && file.truncated) {
      void Taro.showModal({
        title: '工单过多',
        content: `只导出了最早的 ${file.rows} 条，请缩短日期范围。`,
        showCancel: false,
      })
    }
  }

  return (
    <View className="ll-card">
      <View className="ll-card__title">导出工单</View>
      <Picker mode="date" value={from} onChange={(e) => setFrom(String(e.detail.value))}>
        <Field label="开始日期">
          <View className="ll-dashboard__from">{from} ›</View>
        </Field>
      </Picker>
      <Picker mode="date" value={to} onChange={(e) => setTo(String(e.detail.value))}>
        <Field label="结束日期">
          <View className="ll-dashboard__to">{to} ›</View>
        </Field>
      </Picker>
      <View className="ll-actions">
        <Button
          className="ll-dashboard__export"
          type="primary"
          disabled={action.busy}
          onClick={() => reason.ask((text) => void exportOrders(text))}
        >
          导出工单表格
        </Button>
      </View>
      {reason.dialog}
    </View>
  )
}

/** 服务看板: today / 7 / 30 days of repair service, by category and by worker, with the response trend. */
export default function DashboardPage() {
  const [range, setRange] = useState<KpiRange>('7d')
  const dashboard = useRemote(() => consoleService.dashboard(range))
  const reloadDashboard = dashboard.reload
  usePageRefresh(reloadDashboard)
  useEffect(() => {
    void reloadDashboard()
  }, [range, reloadDashboard])

  const data = dashboard.data
  return (
    <View className="ll-dashboard">
      <SectionNav sections={CONSOLE_SECTIONS} current={ESTATE_ROUTES.dashboard} />
      <View
        className="ll-card ll-dashboard__voice"
        onClick={() => void Taro.navigateTo({ url: VOICE_ROUTES.dashboard })}
      >
        住户反馈、回访与问卷 ›
      </View>
      <Choice
        options={KPI_RANGES}
        labels={RANGE_LABEL}
        value={range}
        onChange={setRange}
        className="ll-dashboard__range"
      />
      <ListState
        loading={dashboard.loading}
        error={dashboard.error}
        count={data ? 1 : null}
        emptyText=""
        onRetry={() => void dashboard.reload()}
      >
        {data && (
          <View>
            <View className="ll-kpis">
              {tiles(data.totals).map((t) => (
                <View key={t.label} className={`ll-kpis__tile${t.alert ? ' ll-kpis__tile--alert' : ''}`}>
                  <View className="ll-kpis__label">{t.label}</View>
                  <View className="ll-kpis__value">{t.value}</View>
                </View>
              ))}
            </View>
            {data.truncated && <View className="ll-hint ll-card">工单过多，以上数据只统计了较早的一部分。</View>}
            <View className="ll-card">
              <View className="ll-card__title">每日平均响应（分钟）</View>
              <TrendChart points={data.trend} />
            </View>
            <View className="ll-card">
              <View className="ll-card__title">按类别</View>
              {data.byCategory.length > 0 ? (
                <KpiTable columns={CATEGORY_COLUMNS} rows={data.byCategory} rowKey={(r) => r.category} />
              ) : (
                <View className="ll-hint">暂无报修</View>
              )}
            </View>
            <View className="ll-card">
              <View className="ll-card__title">按师傅</View>
              {data.byStaff.length > 0 ? (
                <KpiTable columns={STAFF_COLUMNS} rows={data.byStaff} rowKey={(r) => r.openid} />
              ) : (
                <View className="ll-hint">暂无接单</View>
              )}
            </View>
          </View>
        )}
      </ListState>
      <ExportCard />
    </View>
  )
}
