import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button as NativeButton, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { monthLabel } from '@core/report/report.labels'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import { PosterButton } from '../../components/report/poster-button'
import { ReportBody } from '../../components/report/report-figures'
import { onboardingService } from '../../services/estate.service'
import { copyText } from '../../services/privacy/personal-info'
import { reportUrl } from '../../services/report.routes'
import { reportService } from '../../services/report.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/report/report.scss'

const copyLink = (month: string) =>
  copyText(`${window.location.origin}/#${reportUrl(month)}`).then((copied) => {
    if (copied) void Taro.showToast({ title: '链接已复制', icon: 'success' })
  })

/** One published month's report (the newest without `?month=`): what residents and the committee read and share. */
export default function ReportMonthPage() {
  const month = useRouter().params.month
  const published = useRemote(() => (month ? reportService.get(month) : reportService.latest()))
  const estate = useRemote(() => onboardingService.publicInfo())
  const profile = useProfile()
  usePageRefresh(async () => {
    await Promise.all([published.reload(), estate.reload()])
  })

  const current = published.data
  useShareAppMessage(() =>
    current
      ? { title: `${monthLabel(current.id)}物业服务报告`, path: reportUrl(current.id) }
      : { title: '物业服务报告' },
  )

  const manager = profile.data?.role === 'manager'
  return (
    <ElderView>
      <ListState
        loading={published.loading}
        error={published.error}
        count={published.loading && !current ? null : current ? 1 : 0}
        emptyText="还没有发布的服务报告"
        onRetry={() => void published.reload()}
      >
        {current && (
          <View className="ll-report">
            <PrivacyDialog />
            <View className="ll-report__header">
              <View className="ll-report__title">{monthLabel(current.id)}服务报告</View>
              <View className="ll-report__subtitle">
                {estate.data?.name ?? ''} · {formatLocal(current.publishedAt, 'YYYY年M月D日')}发布
              </View>
            </View>
            <ReportBody report={current.report} foreword={current.foreword} />
            <View className="ll-report__actions">
              {process.env.TARO_ENV === 'weapp' ? (
                <NativeButton className="ll-report__share" openType="share">
                  分享给邻居
                </NativeButton>
              ) : (
                <Button block onClick={() => void copyLink(current.id)}>
                  复制链接分享
                </Button>
              )}
              {manager && <PosterButton published={current} estateName={estate.data?.name ?? '邻里'} />}
              {manager && process.env.TARO_ENV === 'h5' && (
                <Button block onClick={() => window.print()}>
                  打印（A4）
                </Button>
              )}
            </View>
          </View>
        )}
      </ListState>
    </ElderView>
  )
}
