import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { durationLabel, monthLabel, NO_DATA, percentLabel } from '@core/report/report.labels'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { REPORT_ROUTES, reportUrl } from '../../services/report.routes'
import { reportService } from '../../services/report.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/report/report.scss'

/** Every published month (the owners' committee's start page), and the last 30 days in aggregate. */
export default function ReportMonthsPage() {
  const months = useRemote(() => reportService.list())
  const kpis = useRemote(() => reportService.kpis())
  const profile = useProfile()
  usePageRefresh(async () => {
    await Promise.all([months.reload(), kpis.reload()])
  })
  const totals = kpis.data?.totals
  const items = months.data?.items ?? null

  return (
    <ElderView className="ll-report">
      {profile.data?.role === 'manager' && (
        <View className="ll-report__actions">
          <Button type="primary" block onClick={() => void Taro.navigateTo({ url: REPORT_ROUTES.draft })}>
            审阅并发布月度报告
          </Button>
        </View>
      )}
      {totals && (
        <>
          <View className="ll-report__section">近 30 天</View>
          <CellGroup className="ll-report__kpis">
            <Cell title="收到报修" extra={`${totals.submitted} 件`} />
            <Cell
              title="平均响应用时"
              extra={totals.response.average === null ? NO_DATA : durationLabel(Math.round(totals.response.average))}
            />
            <Cell
              title="按承诺时限完成"
              extra={totals.withinSla.share === null ? NO_DATA : percentLabel(totals.withinSla.share)}
            />
            <Cell
              title="住户评分"
              extra={totals.satisfaction.average === null ? NO_DATA : `${totals.satisfaction.average.toFixed(1)} 分`}
            />
          </CellGroup>
        </>
      )}
      <View className="ll-report__section">已发布的报告</View>
      <ListState
        loading={months.loading}
        error={months.error}
        count={items ? items.length : null}
        emptyText="还没有发布的服务报告"
        onRetry={() => void months.reload()}
      >
        <CellGroup>
          {(items ?? []).map((m) => (
            <Cell
              key={m.month}
              className="ll-report__month"
              title={`${monthLabel(m.month)}服务报告`}
              description={`${formatLocal(m.publishedAt, 'YYYY年M月D日')}发布`}
              clickable
              onClick={() => void Taro.navigateTo({ url: reportUrl(m.month) })}
            />
          ))}
        </CellGroup>
      </ListState>
    </ElderView>
  )
}
