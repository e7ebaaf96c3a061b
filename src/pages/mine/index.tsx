import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup, Switch } from '@nutui/nutui-react-taro'
import type { Role } from '@core/identity/actor'
import { TEMPLATE_LABEL } from '@core/notify/notify.labels'
import { CONSENT_MOMENTS, type TemplateKey } from '@core/notify/templates'
import { maskPhone } from '@core/visitor/pass-views'
import { useElderMode } from '../../components/hooks/use-elder-mode'
import { useInboxBadge } from '../../components/hooks/use-inbox-badge'
import { useProfile } from '../../components/hooks/use-profile'
import { useRemote } from '../../components/hooks/use-remote'
import { ListState } from '../../components/common/list-state'
import { Households } from '../../components/estate/households'
import { ROLE_LABEL } from '../../components/repair/labels'
import { inGroup, requestedGroup, STATUS_GROUPS, type StatusGroup } from '../../components/repair/status-groups'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { onboardingService } from '../../services/estate.service'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { inboxService } from '../../services/inbox.service'
import { repairService } from '../../services/repair.service'
import { REPORT_ROUTES } from '../../services/report.routes'
import { ROUTES } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { callPhone } from '../../services/privacy/personal-info'
import { session } from '../../services/session.service'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import './index.scss'

/** The screens each kind of staff works in, reachable from 我的. */
const WORKSPACES: Partial<Record<Role, { title: string; url: string }[]>> = {
  maintenance: [
    { title: '抢单池', url: ROUTES.staffPool },
    { title: '我的工单', url: ROUTES.staffJobs },
    { title: '投诉建议', url: VOICE_ROUTES.queue },
  ],
  vendor: [
    { title: '抢单池', url: ROUTES.staffPool },
    { title: '我的工单', url: ROUTES.staffJobs },
  ],
  guard: [{ title: '门岗核验', url: ROUTES.staffGate }],
  manager: [{ title: '管理后台', url: ESTATE_ROUTES.console }],
  resident: [
    { title: '我要投诉/建议/表扬', url: VOICE_ROUTES.newFeedback },
    { title: '我的反馈', url: VOICE_ROUTES.mine },
    { title: '问卷调查', url: VOICE_ROUTES.surveys },
    { title: '个人信息', url: ROUTES.personalData },
  ],
  committee: [{ title: '月度服务报告', url: REPORT_ROUTES.months }],
  // Head office and the service desk work at a desk: the console compares the estates; the phone only confirms the sign-in.
  company_admin: [{ title: '扫码登录物业后台', url: ROUTES.adminConsoleLogin }],
  service_desk: [{ title: '扫码登录物业后台', url: ROUTES.adminConsoleLogin }],
}

/** The templates a household can be sent (the staff ones never reach a resident). */
const RESIDENT_TEMPLATES: readonly TemplateKey[] = [
  ...CONSENT_MOMENTS.submitRepair,
  'visitorArrived',
  'billReminder',
  'feedbackUpdate',
]

const openRepairs = (group: StatusGroup) => {
  requestedGroup.set(group)
  void Taro.switchTab({ url: ROUTES.repairs })
}

/** 我的 for a household: home and unit, repairs by status, passes, bills, notices, 长辈模式, help, sign out. */
function ResidentSections() {
  const repairs = useRemote(() => repairService.list({ scope: 'mine', limit: 50 }))
  const subscriptions = useRemote(() => inboxService.subscriptions())
  const estate = useRemote(() => onboardingService.publicInfo())
  const { reload: reloadRepairs } = repairs
  const { reload: reloadSubscriptions } = subscriptions
  const { reload: reloadEstate } = estate
  useEffect(() => {
    void reloadRepairs()
    void reloadSubscriptions()
    void reloadEstate()
  }, [reloadRepairs, reloadSubscriptions, reloadEstate])
  const count = (group: StatusGroup) => repairs.data?.items.filter((o) => inGroup(group, o.status)).length
  const remaining = new Map(subscriptions.data?.items.map((s) => [s.template, s.remaining]))
  const phone = estate.data?.servicePhone ?? ''

  return (
    <>
      <View className="ll-mine__title">我的报修</View>
      <View className="ll-mine__repairs">
        {STATUS_GROUPS.filter((g) => g.key !== 'all' && g.key !== 'cancelled').map((g) => (
          <View key={g.key} className={`ll-mine__repair ll-mine__repair--${g.key}`} onClick={() => openRepairs(g.key)}>
            <View className="ll-mine__count">{count(g.key) ?? '—'}</View>
            <View>{g.label}</View>
          </View>
        ))}
      </View>
      <CellGroup title="生活服务">
        <Cell
          title="我的访客通行证"
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url: ROUTES.visitorPasses })}
        />
        <Cell
          title="我的账单"
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url: BILLING_ROUTES.bills })}
        />
        <Cell
          title="缴费收据"
          extra="›"
          clickable
          onClick={() => void Taro.navigateTo({ url: BILLING_ROUTES.receipts })}
        />
      </CellGroup>
      <CellGroup title="消息通知" className="ll-mine__notices">
        {RESIDENT_TEMPLATES.map((t) => (
          <Cell
            key={t}
            title={TEMPLATE_LABEL[t]}
            extra={(remaining.get(t) ?? 0) > 0 ? `还可接收 ${remaining.get(t)} 条` : '未开启'}
          />
        ))}
        <Cell description="在报修、缴费时点「允许」即可开启微信提醒；消息页始终可以查看全部通知。" />
      </CellGroup>
      <CellGroup title="帮助">
        <Cell
          className="ll-mine__desk"
          title="物业服务中心"
          extra={phone ? `${maskPhone(phone)} 拨打 ›` : '暂未登记电话'}
          clickable={Boolean(phone)}
          onClick={() => phone && void callPhone(phone)}
        />
      </CellGroup>
    </>
  )
}

/** 我的: who is signed in, their home or workspaces, settings, and signing out. */
export default function MinePage() {
  const profile = useProfile()
  const me = profile.data
  const elder = useElderMode()
  useInboxBadge()
  return (
    <View className={elder.className}>
      <PrivacyDialog />
      <ListState
        loading={profile.loading}
        error={profile.error}
        count={me ? 1 : null}
        emptyText=""
        onRetry={() => void profile.reload()}
      >
        {me && (
          <View>
            <View className="ll-mine__card">
              <View className="ll-mine__name">{me.name}</View>
              <View className="ll-mine__role">
                {ROLE_LABEL[me.role]}
                {me.unitId ? ` · ${me.unitId} 室` : ''}
              </View>
            </View>
            {me.role === 'guest' && <View className="ll-mine__hint">您还未绑定房屋，请联系物业服务中心登记。</View>}
            {me.role === 'company_admin' && (
              <View className="ll-mine__hint">
                各小区的服务对比在电脑上的物业后台查看：打开后台，用下方「扫码登录」确认。
              </View>
            )}
            {me.role === 'service_desk' && (
              <View className="ll-mine__hint">
                工单派发、投诉建议和访客记录在电脑上的物业后台处理：打开后台，用下方「扫码登录」确认。
              </View>
            )}
            {me.role === 'resident' && <ResidentSections />}
            {me.role !== 'company_admin' && <Households />}
            <CellGroup title="设置">
              <Cell
                className="ll-mine__elder"
                title="长辈模式"
                description="字更大，按钮更大"
                extra={<Switch className="ll-mine__elder-switch" checked={elder.on} onChange={(on) => elder.set(on)} />}
              />
            </CellGroup>
            <CellGroup>
              {(WORKSPACES[me.role] ?? []).map((w) => (
                <Cell
                  key={w.url}
                  title={w.title}
                  extra="›"
                  clickable
                  onClick={() => void Taro.reLaunch({ url: w.url })}
                />
              ))}
            </CellGroup>
            <View className="ll-mine__actions">
              <Button block className="ll-mine__sign-out" onClick={() => session.signOut()}>
                {session.devSignInAvailable() ? '切换账号' : '退出登录'}
              </Button>
            </View>
          </View>
        )}
      </ListState>
    </View>
  )
}
