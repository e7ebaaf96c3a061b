import { Picker, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { RELATIONS, type Relation } from '@core/estate/estate'
import { RELATION_LABEL } from '@core/estate/estate.labels'
import { INVITE_LENGTH } from '@core/estate/invite-code'
import { Field, FieldError } from '../common/form-field'
import { PhoneNumberButton } from '../privacy/phone-number-button'
import { PrivacyDialog } from '../privacy/privacy-dialog'
import { Choice } from './choice'

export const JOIN_WAYS = ['invite', 'apply'] as const
export type JoinWay = (typeof JOIN_WAYS)[number]
export const JOIN_WAY_LABEL: Record<JoinWay, string> = { invite: '邀请码加入', apply: '申请入住' }

/** What the person types to join: an invite code, or the unit they apply for. */
export interface JoinDraft {
  code: string
  name: string
  phone: string
  relation: Relation | null
  building: string
  number: string
}

export const EMPTY_JOIN_DRAFT: JoinDraft = { code: '', name: '', phone: '', relation: null, building: '', number: '' }

/** The joining form: the fields both ways share, and the code or the unit of the way chosen. */
export function JoinForm({
  way,
  draft,
  patch,
  buildings,
  errors,
}: {
  way: JoinWay
  draft: JoinDraft
  patch: (change: Partial<JoinDraft>) => void
  buildings: readonly { code: string; name: string }[]
  errors: Record<string, string[]>
}) {
  const buildingIndex = buildings.findIndex((b) => b.code === draft.building)
  return (
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
      <FieldError errors={errors} fields={['estateId', 'code', 'name', 'phone', 'building', 'number', 'relation']} />
    </View>
  )
}
