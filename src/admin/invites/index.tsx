import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Input, Tag } from '@nutui/nutui-react-taro'
import { STAFF_ROLES, type StaffRole } from '@core/estate/estate'
import { INVITE_KIND_LABEL, INVITE_STATUS_LABEL, STAFF_ROLE_LABEL } from '@core/estate/estate.labels'
import { createInviteSchema } from '@core/estate/estate.schemas'
import { INVITE_KINDS, type InviteKind, type InviteView } from '@core/estate/invite-code'
import type { Category } from '@core/repair/work-order'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { Choice } from '../../components/estate/choice'
import { Field, FieldError } from '../../components/common/form-field'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import { timeText } from '../../components/estate/format'
import { SkillPicker, skillsText } from '../../components/estate/skill-picker'
import { usePagedList } from '../../components/hooks/use-paged-list'
import { consoleService } from '../../services/console.service'
import { copyText } from '../../services/privacy/personal-info'
import { ESTATE_ROUTES } from '../../services/estate.routes'
import { validate } from '../../services/validate'
import { CONSOLE_SECTIONS } from '../console-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'
import './index.scss'

const USES = ['1', '5', '10'] as const
const USES_LABEL: Record<(typeof USES)[number], string> = { '1': '单次', '5': '5 次', '10': '10 次' }
const DAYS = ['1', '7', '30'] as const
const DAYS_LABEL: Record<(typeof DAYS)[number], string> = { '1': '1 天', '7': '7 天', '30': '30 天' }

interface Draft {
  kind: InviteKind
  unitId: string
  role: StaffRole
  skills: Category[]
  maxUses: (typeof USES)[number]
  validDays: (typeof DAYS)[number]
}

/** Vendor codes are issued from the vendor's own page, where the vendor is known. */
const CONSOLE_KINDS = INVITE_KINDS.filter((k) => k !== 'vendor')

const EMPTY: Draft = { kind: 'unit', unitId: '', role: 'maintenance', skills: [], maxUses: '1', validDays: '7' }

function targetText(code: InviteView): string {
  if (code.kind === 'vendor') return INVITE_KIND_LABEL.vendor
  if (code.role === null) return `房屋 ${code.unitId}`
  return code.role === 'maintenance'
    ? `${STAFF_ROLE_LABEL.maintenance}（${skillsText(code.skills)}）`
    : STAFF_ROLE_LABEL[code.role]
}

/** 邀请码: codes a household or a new staff member joins with; single-use or limited, expiring. */
export default function InvitesPage() {
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [created, setCreated] = useState<InviteView | null>(null)
  const list = usePagedList((cursor) => consoleService.invites({ limit: 20, cursor }))
  const action = useAction()
  const patch = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }))

  async function create() {
    const validity = { maxUses: Number(draft.maxUses), validDays: Number(draft.validDays) }
    const fields =
      draft.kind === 'unit'
        ? { kind: draft.kind, unitId: draft.unitId, ...validity }
        : { kind: draft.kind, role: draft.role, skills: draft.skills, ...validity }
    const input = validate(createInviteSchema, fields)
    setErrors(input.ok ? {} : (input.error.fieldErrors ?? {}))
    const code = input.ok && (await action.run(() => consoleService.createInvite(input.data), '已生成'))
    if (!code) return
    setCreated(code)
    await list.reload()
  }

  async function revoke(code: InviteView) {
    const { confirm } = await Taro.showModal({
      title: '作废邀请码',
      content: `作废 ${code.id} 后将无法再使用。`,
      confirmText: '作废',
      cancelText: '取消',
    })
    if (confirm && (await action.run(() => consoleService.revokeInvite(code.id), '已作废'))) await list.reload()
  }

  return (
    <View>
      <SectionNav sections={CONSOLE_SECTIONS} current={ESTATE_ROUTES.invites} />
      <View className="ll-card">
        <View className="ll-card__title">生成邀请码</View>
        <Choice
          options={CONSOLE_KINDS}
          labels={INVITE_KIND_LABEL}
          value={draft.kind}
          onChange={(kind) => patch({ kind })}
          className="ll-invites__kind"
        />
        {draft.kind === 'unit' ? (
          <Field label="房屋">
            <Input
              className="ll-invites__unit"
              value={draft.unitId}
              onChange={(unitId) => patch({ unitId })}
              placeholder="房号，如 1-101"
              maxLength={40}
            />
          </Field>
        ) : (
          <>
            <Field label="岗位">
              <Choice
                options={STAFF_ROLES}
                labels={STAFF_ROLE_LABEL}
                value={draft.role}
                onChange={(role) => patch({ role })}
                className="ll-invites__role"
              />
            </Field>
            {draft.role === 'maintenance' && (
              <Field label="维修类别">
                <SkillPicker value={draft.skills} onChange={(skills) => patch({ skills })} />
              </Field>
            )}
          </>
        )}
        <Field label="可用次数">
          <Choice
            options={USES}
            labels={USES_LABEL}
            value={draft.maxUses}
            onChange={(maxUses) => patch({ maxUses })}
            className="ll-invites__uses"
          />
        </Field>
        <Field label="有效期">
          <Choice
            options={DAYS}
            labels={DAYS_LABEL}
            value={draft.validDays}
            onChange={(validDays) => patch({ validDays })}
            className="ll-invites__days"
          />
        </Field>
        <FieldError errors={errors} fields={['unitId', 'role', 'maxUses', 'validDays']} />
        <View className="ll-actions">
          <Button className="ll-invites__create" type="primary" disabled={action.busy} onClick={() => void create()}>
            生成
          </Button>
        </View>
      </View>

      {created && (
        <View className="ll-card ll-invite-created">
          <View className="ll-hint">
            {targetText(created)} · 有效至 {timeText(created.expiresAt)}
          </View>
          <View className="ll-invite-created__code">{created.id}</View>
          <View className="ll-actions">
            <Button size="small" onClick={() => void copyText(created.id)}>
              复制
            </Button>
          </View>
          <PrivacyDialog />
        </View>
      )}

      <ListState
        loading={list.loading}
        error={list.error}
        count={list.items?.length ?? null}
        emptyText="还没有邀请码"
        onRetry={() => void list.reload()}
      >
        {list.items?.map((code) => (
          <View key={code.id} className="ll-row ll-invite">
            <View className="ll-row__main">
              <View className="ll-row__title ll-invite__code">{code.id}</View>
              <View className="ll-row__meta">
                {targetText(code)} · 已用 {code.uses}/{code.maxUses} · 有效至 {timeText(code.expiresAt)}
              </View>
            </View>
            <View className="ll-row__side">
              <Tag type={code.status === 'active' ? 'success' : 'default'}>{INVITE_STATUS_LABEL[code.status]}</Tag>
              {code.status === 'active' && (
                <Button size="small" disabled={action.busy} onClick={() => void revoke(code)}>
                  作废
                </Button>
              )}
            </View>
          </View>
        ))}
        {list.hasMore && <View className="ll-more">上拉加载更多</View>}
      </ListState>
    </View>
  )
}
