import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { applySchema, redeemInviteSchema } from '@core/estate/estate.schemas'
import type { EstateListing } from '@core/estate/company.schemas'
import type { PublicInfo } from '@core/estate/estate'
import type { Profile } from '@core/estate/profile'
import { useAction } from '../../components/billing/use-action'
import { Choice } from '../../components/estate/choice'
import { Households } from '../../components/estate/households'
import {
  EMPTY_JOIN_DRAFT,
  JOIN_WAY_LABEL,
  JOIN_WAYS,
  JoinForm,
  type JoinDraft,
  type JoinWay,
} from '../../components/estate/join-form'
import { WelcomeStatus } from '../../components/estate/welcome-status'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { onboardingService } from '../../services/estate.service'
import type { Reply } from '../../services/reply'
import { goHome, session } from '../../services/session.service'
import { validate } from '../../services/validate'
import '../../components/common/common.scss'
import './index.scss'

/**
 * The profile and the estate's public information; for someone who has not picked an estate yet,
 * the estates to pick from instead (an invite code works without picking: it names its estate).
 */
interface Welcome {
  profile: Profile
  info: PublicInfo | null
  estates: EstateListing[]
}

async function loadWelcome(): Promise<Reply<Welcome>> {
  session.forget()
  const profile = await session.profile()
  if (!profile.ok) return profile
  if (profile.data.estateId === null) {
    const estates = await onboardingService.estates()
    if (!estates.ok) return estates
    return { ok: true as const, data: { profile: profile.data, info: null, estates: estates.data.items } }
  }
  const info = await onboardingService.publicInfo()
  if (!info.ok) return info
  return { ok: true as const, data: { profile: profile.data, info: info.data, estates: [] } }
}

/** 欢迎: a WeChat user not yet bound joins with an invite code or applies for a manager to approve. */
export default function WelcomePage() {
  const welcome = useRemote(loadWelcome)
  const [way, setWay] = useState<JoinWay>('invite')
  const [draft, setDraft] = useState<JoinDraft>(EMPTY_JOIN_DRAFT)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const action = useAction()
  const patch = (change: Partial<JoinDraft>) => setDraft((d) => ({ ...d, ...change }))
  usePageRefresh(welcome.reload)

  const data = welcome.data
  // Bound meanwhile (an application approved): straight to their home.
  useEffect(() => {
    if (data?.profile.bound) goHome(data.profile.role)
  }, [data])

  async function join() {
    const input = validate(redeemInviteSchema, { ...draft, relation: draft.relation ?? undefined })
    setErrors(input.ok ? {} : (input.error.fieldErrors ?? {}))
    const profile = input.ok && (await action.run(() => onboardingService.redeemInvite(input.data), '绑定成功'))
    if (!profile) return
    session.forget()
    goHome(profile.role)
  }

  async function apply() {
    const input = validate(applySchema, draft)
    setErrors(input.ok ? {} : (input.error.fieldErrors ?? {}))
    const submitted = input.ok && (await action.run(() => onboardingService.apply(input.data), '申请已提交'))
    if (submitted) await welcome.reload()
  }

  async function pickEstate(estateId: string) {
    const picked = await action.run(() => onboardingService.switchEstate(estateId), '已选择小区')
    if (picked) await welcome.reload()
  }

  const application = data?.profile.application ?? null
  const buildings = data?.info?.buildings ?? []
  return (
    <ListState
      loading={welcome.loading}
      error={welcome.error}
      count={data ? 1 : null}
      emptyText=""
      onRetry={() => void welcome.reload()}
    >
      {data && (
        <View className="ll-welcome">
          <WelcomeStatus
            info={data.info}
            estates={data.estates}
            application={application}
            busy={action.busy}
            onPick={(estateId) => void pickEstate(estateId)}
          />

          <Choice
            options={JOIN_WAYS}
            labels={JOIN_WAY_LABEL}
            value={way}
            onChange={setWay}
            className="ll-welcome__way"
          />
          <JoinForm way={way} draft={draft} patch={patch} buildings={buildings} errors={errors} />
          <View className="ll-actions">
            {way === 'invite' ? (
              <Button
                className="ll-welcome__join"
                type="primary"
                block
                disabled={action.busy}
                onClick={() => void join()}
              >
                绑定
              </Button>
            ) : (
              <Button
                className="ll-welcome__apply"
                type="primary"
                block
                disabled={action.busy}
                onClick={() => void apply()}
              >
                {application ? '重新提交申请' : '提交申请'}
              </Button>
            )}
          </View>
          {session.devSignInAvailable() && (
            <View className="ll-actions">
              <Button size="small" onClick={() => session.signOut()}>
                切换账号
              </Button>
            </View>
          )}
          <Households returnOnly />
        </View>
      )}
    </ListState>
  )
}
