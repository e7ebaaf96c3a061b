import { useEffect, useState } from 'react'
import { Picker, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { RELATIONS, type Relation } from '@core/estate/estate'
import { RELATION_LABEL } from '@core/estate/estate.labels'
import { applySchema, redeemInviteSchema } from '@core/estate/estate.schemas'
import type { EstateListing } from '@core/estate/company.schemas'
import type { PublicInfo } from '@core/estate/estate'
import { INVITE_LENGTH } from '@core/estate/invite-code'
import type { Profile } from '@core/estate/profile'
import { useAction } from '../../components/billing/use-action'
import { Choice } from '../../components/estate/choice'
import { Households } from '../../components/estate/households'
import { Field, FieldError } from '../../components/common/form-field'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { onboardingService } from '../../services/estate.service'
import type { Reply } from '../../services/reply'
import { goHome, session } from '../../services/session.service'
import { validate } from '../../services/validate'
import { PhoneNumberButton } from '../../components/privacy/phone-number-button'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import '../../components/common/common.scss'
import './index.scss'

const WAYS = ['invite', 'apply'] as const
type Way = (typeof WAYS)[number]
const WAY_LABEL: Record<Way, string> = { invite: '邀请码加入', apply: '申请入住' }

interface Draft {
  code: string
  name: string
  phone: string
  relation: Relation | null
  building: string
  number: string
}

const EMPTY: Draft = { code: '', name: '', phone: '', relation: null, building: '', number: '' }

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
  const [way, setWay] = useState<Way>('invite')
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const action = useAction()
  const patch = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }))
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
  const buildingIndex = buildings.findIndex((b) => b.code === draft.building)
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
          <View className="ll-welcome__hero">
            <View className="ll-welcome__estate">{data.info ? `欢迎来到${data.info.name}` : '欢迎使用邻里'}</View>
            {data.info?.address && <View className="ll-welcome__line">{data.info.address}</View>}
            {data.info?.servicePhone && (
              <View className="ll-welcome__line">物业服务电话：{data.info.servicePhone}</View>
            )}
            <View className="ll-welcome__line">绑定房屋后即可在线报修、预约访客、缴纳物业费。</View>
          </View>

          {!data.info && (
            <View className="ll-card ll-welcome__estates">
              <View className="ll-card__title">请选择您的小区</View>
              <View className="ll-hint">持有邀请码可直接绑定，无需选择。</View>
              {data.estates.map((estate) => (
                <Button
                  key={estate.id}
                  className="ll-welcome__estate-option"
                  block
                  disabled={action.busy}
                  onClick={() => void pickEstate(estate.id)}
                >
                  {estate.city ? `${estate.city} · ${estate.name}` : estate.name}
                </Button>
              ))}
            </View>
          )}

          {application?.status === 'pending' && (
            <View className="ll-card ll-welcome__application">
              <View className="ll-card__title">入住申请审核中</View>
              <View>
                {application.name} · {application.unitId} · {RELATION_LABEL[application.relation]}
              </View>
              <View className="ll-hint">物业审核通过后即可使用，下拉页面可刷新状态。</View>
            </View>
          )}
          {application?.status === 'rejected' && (
            <View className="ll-card ll-welcome__application">
              <View className="ll-card__title">入住申请未通过</View>
              <View className="ll-error-text">{application.note}</View>
              <View className="ll-hint">可修改信息后重新申请，或向物业索取邀请码。</View>
            </View>
          )}

          <Choice options={WAYS} labels={WAY_LABEL} value={way} onChange={setWay} className="ll-welcome__way" />
          <View className="ll-card">
            {way === 'invite' && (
              <Field label="邀请码">
                <Input
                  className="ll-welcome__code"
                  value={draft.code}
                  onChange={(code) => patch({ code })}
                  placeholder={`物业提供的 ${INVITE_LENGTH} 位邀请码`}
                  maxLength={INVITE_LENGTH + 4}
                />
              </Field>
            )}
            <Field label="姓名">
              <Input
                className="ll-welcome__name"
                value={draft.name}
                onChange={(name) => patch({ name })}
                placeholder="您的姓名"
                maxLength={20}
              />
            </Field>
            <Field label="手机号">
              <Input
                className="ll-welcome__phone"
                type="number"
                value={draft.phone}
                onChange={(phone) => patch({ phone })}
                placeholder="11 位手机号"
                maxLength={11}
              />
            </Field>
            <PhoneNumberButton onVerified={(phone) => patch({ phone })} />
            <PrivacyDialog />
            {way === 'apply' && (
              <>
                <Picker
                  mode="selector"
                  range={buildings.map((b) => b.name)}
                  value={Math.max(0, buildingIndex)}
                  onChange={(e) => patch({ building: buildings[Number(e.detail.value)]?.code ?? '' })}
                >
                  <Field label="楼栋">
                    <View className="ll-welcome__building">{buildings[buildingIndex]?.name ?? '请选择楼栋'} ›</View>
                  </Field>
                </Picker>
                <Field label="房号">
                  <Input
                    className="ll-welcome__number"
                    value={draft.number}
                    onChange={(number) => patch({ number })}
                    placeholder="如 301"
                    maxLength={16}
                  />
                </Field>
              </>
            )}
            <Field label="与房屋关系">
              <Choice
                options={RELATIONS}
                labels={RELATION_LABEL}
                value={draft.relation}
                onChange={(relation) => patch({ relation })}
                className="ll-welcome__relation"
              />
            </Field>
            {way === 'invite' && <View className="ll-hint">员工邀请码无需选择与房屋关系。</View>}
            <FieldError
              errors={errors}
              fields={['estateId', 'code', 'name', 'phone', 'building', 'number', 'relation']}
            />
          </View>
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
