import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { Role } from '@core/identity/actor'
import { useInboxBadge } from '../../components/hooks/use-inbox-badge'
import { useProfile } from '../../components/hooks/use-profile'
import { ListState } from '../../components/common/list-state'
import { ROLE_LABEL } from '../../components/repair/labels'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { REPORT_ROUTES } from '../../services/report.routes'
import { ROUTES } from '../../services/routes'
import { VOICE_ROUTES } from '../../services/voice.routes'
import { session } from '../../services/session.service'
import './index.scss'

/** The screens each kind of staff works in, reachable from 我的. */
const WORKSPACES: Partial<Record<Role, { title: string; url: string }[]>> = {
  maintenance: [
    { title: '抢单池', url: ROUTES.staffPool },
    { title: '我的工单', url: ROUTES.staffJobs },
    { title: '投诉建议', url: VOICE_ROUTES.queue },
  ],
  guard: [{ title: '门岗核验', url: ROUTES.staffGate }],
  manager: [
    { title: '超时看板', url: ROUTES.adminLate },
    { title: '全部工单', url: ROUTES.adminOrders },
    { title: '服务看板与人员管理', url: ESTATE_ROUTES.dashboard },
    { title: '收费管理', url: BILLING_ROUTES.adminOverview },
    { title: '公告管理', url: ROUTES.adminNotices },
    { title: '月度服务报告', url: REPORT_ROUTES.months },
    { title: '扫码登录物业后台', url: ROUTES.adminConsoleLogin },
    { title: '投诉建议', url: `${VOICE_ROUTES.queue}?scope=all` },
  ],
  resident: [
    { title: '我要投诉/建议', url: VOICE_ROUTES.newFeedback },
    { title: '我的反馈', url: VOICE_ROUTES.mine },
    { title: '个人信息', url: ROUTES.personalData },
  ],
  committee: [{ title: '月度服务报告', url: REPORT_ROUTES.months }],
}

/** 我的: who is signed in, their workspaces, and (on the local host) switching accounts. */
export default function MinePage() {
  const profile = useProfile()
  const me = profile.data
  useInboxBadge()
  return (
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
              {me.unitId ? ` · ${me.unitId}` : ''}
            </View>
          </View>
          {me.role === 'guest' && <View className="ll-mine__hint">您还未绑定房屋，请联系物业服务中心登记。</View>}
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
          {session.devSignInAvailable() && (
            <View className="ll-mine__actions">
              <Button block onClick={() => session.signOut()}>
                切换账号
              </Button>
            </View>
          )}
        </View>
      )}
    </ListState>
  )
}
