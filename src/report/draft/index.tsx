import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { monthOf, previousMonthOf } from '@core/report/report-month'
import { monthLabel } from '@core/report/report.labels'
import { FOREWORD_MAX } from '@core/report/report.schemas'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { useRemote } from '../../components/hooks/use-remote'
import { ReportBody } from '../../components/report/report-figures'
import { friendlyMessage } from '../../services/errors'
import { serverClock } from '../../services/clock.service'
import { reportUrl } from '../../services/report.routes'
import { reportService } from '../../services/report.service'
import '../../components/common/common.scss'
import '../../components/report/report.scss'

/** This month (a preview) and the six before it, newest first. */
function recentMonths(now: number): string[] {
  const months = [monthOf(new Date(now).toISOString())]
  while (months.length < 7) months.push(previousMonthOf(months[months.length - 1]!))
  return months
}

/**
 * The manager reviews a month's figures as computed now, writes a short foreword (the only thing
 * that can be edited) and publishes; from then on the report is frozen.
 */
export default function ReportDraftPage() {
  const [months, setMonths] = useState<string[]>([])
  const [month, setMonth] = useState<string | null>(null)
  const [foreword, setForeword] = useState('')
  const [busy, setBusy] = useState(false)
  const draft = useRemote(() => reportService.draft(month ?? ''))
  const { reload } = draft

  // The months follow the server's calendar (the dev host's clock may be moved); last month first.
  useEffect(() => {
    void serverClock.sync().then(() => {
      const recent = recentMonths(serverClock.now())
      setMonths(recent)
      setMonth(recent[1]!)
    })
  }, [])
  useEffect(() => {
    if (month) void reload()
  }, [month, reload])

  async function publish() {
    if (!month) return
    const { confirm } = await Taro.showModal({
      title: `发布${monthLabel(month)}报告`,
      content: '发布后全体住户和业委会可见，内容不能再修改。',
      confirmText: '发布',
    })
    if (!confirm) return
    setBusy(true)
    const published = await reportService.publish(month, foreword)
    setBusy(false)
    if (!published.ok) return void Taro.showToast({ title: friendlyMessage(published.error), icon: 'none' })
    void Taro.showToast({ title: '已发布', icon: 'success' })
    void Taro.redirectTo({ url: reportUrl(month) })
  }

  const current = draft.data
  return (
    <View className="ll-report">
      <View className="ll-report__month-pick">
        {months.map((m) => (
          <View
            key={m}
            className={`ll-report__month-chip${m === month ? ' ll-report__month-chip--on' : ''}`}
            onClick={() => setMonth(m)}
          >
            {monthLabel(m)}
          </View>
        ))}
      </View>
      <ListState
        loading={draft.loading || !month}
        error={month ? draft.error : null}
        count={current && current.report.month === month ? 1 : null}
        emptyText=""
        onRetry={() => void draft.reload()}
      >
        {current && current.published && (
          <View className="ll-report__actions">
            <View className="ll-report__note">
              已于 {formatLocal(current.published.publishedAt, 'YYYY年M月D日 HH:mm')} 发布，内容已冻结。
            </View>
            <Button block onClick={() => void Taro.navigateTo({ url: reportUrl(current.report.month) })}>
              查看已发布的报告
            </Button>
          </View>
        )}
        {current && !current.published && (
          <View className="ll-report__actions">
            {current.publishable ? (
              <>
                <Textarea
                  className="ll-report__foreword-input"
                  placeholder="前言（选填）：向住户说明本月的情况"
                  maxlength={FOREWORD_MAX}
                  value={foreword}
                  onInput={(e) => setForeword(e.detail.value)}
                />
                <Button
                  className="ll-report__publish"
                  type="primary"
                  block
                  loading={busy}
                  onClick={() => void publish()}
                >
                  发布{monthLabel(current.report.month)}报告
                </Button>
              </>
            ) : (
              <View className="ll-report__note">本月尚未结束，以下为截至目前的预览，月底之后才能发布。</View>
            )}
          </View>
        )}
        {current && <ReportBody report={current.report} foreword="" />}
      </ListState>
    </View>
  )
}
