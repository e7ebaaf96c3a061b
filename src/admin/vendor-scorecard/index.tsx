import { useEffect, useRef, useState } from 'react'
import { Picker, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { dayjs, ESTATE_TZ } from '@core/shared/time'
import type { VendorMonth, VendorReview } from '@core/vendor/scorecard'
import { useAction } from '../../components/billing/use-action'
import { Field, FieldValue } from '../../components/common/form-field'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { shareText, starsText } from '../../components/estate/format'
import { KpiTable, type KpiColumn } from '../../components/estate/kpi-table'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { serverClock } from '../../services/clock.service'
import { csvFiles } from '../../services/csv-file'
import { vendorService } from '../../services/vendor.service'
import { VENDOR_ROUTES } from '../../services/vendor.routes'
import { VENDOR_SECTIONS } from '../vendor-sections'
import '../../components/common/common.scss'
import '../../components/estate/kpi.scss'

// Six columns fit a phone; the other figures follow in a line per vendor under the table.
const COLUMNS: readonly KpiColumn<VendorMonth>[] = [
  { title: '排名', cell: (r) => `${r.rank} ${r.vendorName}` },
  { title: '工单', cell: (r) => String(r.orders) },
  { title: '完工准时', cell: (r) => shareText(r.onTime.resolution) },
  { title: '返修率', cell: (r) => shareText(r.repeatRate) },
  { title: '评分', cell: (r) => starsText(r.averageRating) },
  { title: '投诉', cell: (r) => String(r.complaints) },
]

const detailText = (r: VendorMonth) =>
  `${r.vendorName}：响应准时 ${shareText(r.onTime.response)}，上门准时 ${shareText(r.onTime.arrival)}，回访不满意 ${shareText(r.dissatisfiedRate)}`

const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`

function Review({ review }: { review: VendorReview }) {
  return (
    <View className="ll-card ll-review">
      <View className="ll-card__title">
        {review.vendorName} {review.flagged && <Tag type="danger">建议合同评审</Tag>}
      </View>
      {review.flagged && (
        <View className="ll-hint">{review.belowRun.map(monthText).join('、')} 完工准时率连续低于标准</View>
      )}
      <View className="ll-review__trend">
        {review.trend
          .filter((point) => point.orders > 0)
          .map((point) => (
            <View key={point.month} className="ll-row__meta">
              {monthText(point.month)}：{point.orders} 单，完工准时 {shareText(point.onTime)}，返修率{' '}
              {shareText(point.repeatRate)}
            </View>
          ))}
      </View>
    </View>
  )
}

/** 外包考核: the month's ranked scorecard (exportable) and the 12-month contract review. */
export default function VendorScorecardPage() {
  const [month, setMonth] = useState(() => dayjs(serverClock.now()).tz(ESTATE_TZ).format('YYYY-MM'))
  const card = useRemote(() => vendorService.scorecard(month))
  const review = useRemote(() => vendorService.review(month))
  const reload = async () => {
    await Promise.all([card.reload(), review.reload()])
  }
  usePageRefresh(reload)
  // A new month is read once the page has rendered with it (the loaders read the month they render with).
  const shown = useRef(month)
  useEffect(() => {
    if (shown.current === month) return
    shown.current = month
    void reload()
  })
  const action = useAction()

  async function exportCsv() {
    const file = await action.run(() => vendorService.exportScorecard(month), null)
    if (file) await action.run(() => csvFiles.save(file.filename, file.csv), '已导出')
  }

  return (
    <View>
      <SectionNav sections={VENDOR_SECTIONS} current={VENDOR_ROUTES.scorecard} />
      <View className="ll-card">
        <Field label="月份">
          <Picker
            mode="date"
            fields="month"
            value={month}
            onChange={(e) => setMonth(String(e.detail.value).slice(0, 7))}
          >
            <FieldValue className="ll-scorecard__month">{monthText(month)} ›</FieldValue>
          </Picker>
        </Field>
      </View>
      <ListState
        loading={card.loading}
        error={card.error}
        count={card.data?.items.length ?? null}
        emptyText="还没有外包单位"
        onRetry={() => void card.reload()}
      >
        <View className="ll-card ll-scorecard">
          <View className="ll-card__title">本月考核（按完工准时率排名）</View>
          <KpiTable columns={COLUMNS} rows={card.data?.items ?? []} rowKey={(r) => r.vendorId} />
          {card.data?.items
            .filter((r) => r.orders > 0)
            .map((r) => (
              <View key={r.vendorId} className="ll-row__meta ll-scorecard__detail">
                {detailText(r)}
              </View>
            ))}
          <View className="ll-actions">
            <Button className="ll-scorecard__export" disabled={action.busy} onClick={() => void exportCsv()}>
              导出表格
            </Button>
          </View>
        </View>
      </ListState>
      <ListState
        loading={review.loading}
        error={review.error}
        count={review.data?.items.length ?? null}
        emptyText="暂无合同评审数据"
        onRetry={() => void review.reload()}
      >
        {review.data?.items.map((r) => (
          <Review key={r.vendorId} review={r} />
        ))}
      </ListState>
    </View>
  )
}
