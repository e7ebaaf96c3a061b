import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Announcement } from '@core/notify/announcement'
import { OPEN_STATUSES, type Status } from '@core/repair/work-order'
import { maskPhone } from '@core/visitor/pass-views'
import { NoticeCard } from '../../components/inbox/notice-card'
import { ReportCard } from '../../components/report/report-card'
import { OrderList } from '../../components/repair/order-list'
import { useElderMode } from '../../components/hooks/use-elder-mode'
import { useInboxBadge } from '../../components/hooks/use-inbox-badge'
import { useOrderList } from '../../components/hooks/use-order-list'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { onboardingService } from '../../services/estate.service'
import { inboxService } from '../../services/inbox.service'
import { repairService } from '../../services/repair.service'
import { reportService } from '../../services/report.service'
import { ROUTES, withId } from '../../services/routes'
import { callPhone } from '../../services/privacy/personal-info'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import './index.scss'

const ON_HOME: readonly Status[] = [...OPEN_STATUSES, 'completed']

const readNotice = (notice: Announcement) =>
  void Taro.showModal({ title: notice.title, content: notice.body, showCancel: false, confirmText: '知道了' })

/** 首页: a greeting, the estate's notices (emergencies pinned), the services, and what is still being worked on. */
export default function HomePage() {
  const profile = useProfile()
  // The first screen draws from the last visit's answers (stale-while-revalidate), then asks again.
  const list = useOrderList(
    (cursor) => repairService.list({ scope: 'mine', limit: 20, cursor }),
    undefined,
    'home.orders',
  )
  const notices = useRemote(() => inboxService.announcements(), 'home.notices')
  const report = useRemote(() => reportService.latest(), 'home.report')
  usePageRefresh(async () => {
    await Promise.all([notices.reload(), report.reload()])
  })
  useInboxBadge()
  const estate = useRemote(() => onboardingService.publicInfo(), 'home.estate')
  usePageRefresh(estate.reload)
  const elder = useElderMode()
  // A job waiting for the household's check is still theirs to act on: it stays on home until confirmed.
  const open = list.items?.filter((o) => ON_HOME.includes(o.status)) ?? null
  const phone = estate.data?.servicePhone ?? ''

  const noticeList = notices.data && notices.data.items.length > 0 && (
    <View className="ll-home__notices">
      <View className="ll-home__section">社区公告</View>
      {notices.data.items.map((n) => (
        // Residents see only the estate's notices and their own building's.
        <NoticeCard key={n.id} notice={n} scope={n.buildings ? '本楼栋' : '全小区'} onOpen={readNotice} />
      ))}
    </View>
  )

  return (
    <View className={`ll-home ${elder.className}`}>
      <PrivacyDialog />
      <View className="ll-home__hello">
        <View className="ll-home__name">{profile.data ? `${profile.data.name}，您好` : '您好'}</View>
        <View className="ll-home__unit">{profile.data?.unitId ? `${profile.data.unitId} 室` : '邻里物业为您服务'}</View>
      </View>
      {report.data && <ReportCard published={report.data} />}
      {/* 长辈模式 puts the two things an older resident needs first: reporting, and a person to call. */}
      {!elder.on && noticeList}
      <View className="ll-home__entries">
        <Button
          className="ll-home__report"
          type="primary"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: ROUTES.newRepair })}
        >
          {elder.on ? '一键报修' : '我要报修'}
        </Button>
        {phone && (
          <Button className="ll-home__call-desk" size="large" block onClick={() => void callPhone(phone)}>
            联系物业 {maskPhone(phone)}
          </Button>
        )}
        <Button size="large" block onClick={() => void Taro.switchTab({ url: ROUTES.repairs })}>
          我的报修
        </Button>
        <View className="ll-home__services">
          <Button
            className="ll-home__visitors"
            size="large"
            onClick={() => void Taro.navigateTo({ url: ROUTES.visitorPasses })}
          >
            访客通行
          </Button>
          <Button
            className="ll-home__bills"
            size="large"
            onClick={() => void Taro.navigateTo({ url: BILLING_ROUTES.bills })}
          >
            物业缴费
          </Button>
          <Button
            className="ll-home__voice"
            size="large"
            onClick={() => void Taro.navigateTo({ url: VOICE_ROUTES.newFeedback })}
          >
            投诉建议
          </Button>
        </View>
      </View>
      {elder.on && noticeList}
      <View className="ll-home__section">进行中的报修</View>
      <OrderList
        list={{ ...list, items: open, hasMore: false }}
        emptyText="暂无进行中的报修"
        onOpen={(o) => void Taro.navigateTo({ url: withId(ROUTES.repairDetail, o.id) })}
      />
    </View>
  )
}
