import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input, Radio, Switch, Tag } from '@nutui/nutui-react-taro'
import { FEE_KIND_LABEL, rateText } from '@core/billing/billing.labels'
import { saveFeeItemSchema } from '@core/billing/billing.schemas'
import { FEE_KINDS, parseYuan, type FeeItem, type FeeKind } from '@core/billing/fee-item'
import { formatYuan } from '@core/shared/money'
import type { z } from '@core/shared/zod'
import { useAction } from '../../components/billing/use-action'
import { Field, FieldError } from '../../components/common/form-field'
import { ListState } from '../../components/common/list-state'
import { SectionNav } from '../../components/common/section-nav'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { billingService } from '../../services/billing.service'
import type { Reply } from '../../services/reply'
import { validate } from '../../services/validate'
import { BILLING_SECTIONS } from '../billing-sections'
import '../../components/common/common.scss'
import '../../components/billing/billing.scss'

/** The form as typed: money as yuan text, units as a comma-separated list. */
interface Draft {
  id?: string
  name: string
  kind: FeeKind
  rateYuan: string
  unitIdsText: string
  period: string
  active: boolean
}

const EMPTY: Draft = { name: '', kind: 'per_m2_monthly', rateYuan: '', unitIdsText: '', period: '', active: true }

const draftOf = (item: FeeItem): Draft => ({
  id: item.id,
  name: item.name,
  kind: item.kind,
  rateYuan: formatYuan(item.rateFen),
  unitIdsText: item.unitIds?.join(', ') ?? '',
  period: item.period ?? '',
  active: item.active,
})

const BAD_AMOUNT = '请输入金额（元），最多两位小数'

/**
 * The command the draft stands for, parsed by the same schema the function uses. Every field's
 * error comes back at once: a bad amount does not hide a missing name.
 */
function commandOf(draft: Draft): Reply<z.output<typeof saveFeeItemSchema>> {
  // Yuan become fen here, from the text, so no floating point touches the amount.
  const rateFen = parseYuan(draft.rateYuan)
  const unitIds = draft.unitIdsText.split(/[,，\s]+/).filter(Boolean)
  const parsed = validate(saveFeeItemSchema, {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    kind: draft.kind,
    // A stand-in that passes, so the schema still reports on every other field.
    rateFen: rateFen ?? 1,
    unitIds: unitIds.length > 0 ? unitIds : null,
    period: draft.kind === 'one_off' ? draft.period : null,
    active: draft.active,
  })
  if (rateFen !== null) return parsed
  const others = parsed.ok ? {} : (parsed.error.fieldErrors ?? {})
  return {
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: 'bad amount', fieldErrors: { ...others, rateFen: [BAD_AMOUNT] } },
  }
}

/** 收费项目: what the estate charges, and at what rate; edits apply to bills raised afterwards. */
export default function FeeItemsPage() {
  const items = useRemote(() => billingService.items())
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const action = useAction()
  usePageRefresh(items.reload)
  const patch = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }))

  async function save() {
    const command = commandOf(draft)
    setErrors(command.ok ? {} : (command.error.fieldErrors ?? {}))
    if (!command.ok) return
    if (await action.run(() => billingService.saveItem(command.data), '已保存')) {
      setDraft(EMPTY)
      await items.reload()
    }
  }

  const list = items.data?.items ?? null
  return (
    <View>
      <SectionNav sections={BILLING_SECTIONS} current={BILLING_ROUTES.adminItems} />
      <ListState
        loading={items.loading}
        error={items.error}
        count={list?.length ?? null}
        emptyText="还没有收费项目"
        onRetry={() => void items.reload()}
      >
        {list?.map((item) => (
          <View key={item.id} className="ll-bill" onClick={() => setDraft(draftOf(item))}>
            <View className="ll-bill__main">
              <View className="ll-bill__name">{item.name}</View>
              <View className="ll-bill__meta">
                {FEE_KIND_LABEL[item.kind]} · {item.unitIds ? `${item.unitIds.length} 户` : '全部住户'}
              </View>
              {!item.active && (
                <View className="ll-bill__tags">
                  <Tag type="default">已停用</Tag>
                </View>
              )}
            </View>
            <View className="ll-bill__amount">{rateText(item)}</View>
          </View>
        ))}
      </ListState>
      <View className="ll-card">
        <View className="ll-card__title">{draft.id ? '编辑项目' : '新增项目'}</View>
        <Field label="名称">
          <Input value={draft.name} onChange={(name) => patch({ name })} placeholder="如：物业费" maxLength={40} />
        </Field>
        <FieldError errors={errors} fields={['name']} />
        <Field label="计费方式">
          {/* Stacked: three choices side by side run off a phone's card. */}
          <Radio.Group
            className="ll-fee-kind"
            value={draft.kind}
            direction="vertical"
            onChange={(kind) => patch({ kind: kind as FeeKind })}
            options={FEE_KINDS.map((k) => ({ label: FEE_KIND_LABEL[k], value: k }))}
          />
        </Field>
        <FieldError errors={errors} fields={['kind']} />
        <Field label={draft.kind === 'per_m2_monthly' ? '单价（元/㎡）' : '金额（元）'}>
          <Input
            type="digit"
            value={draft.rateYuan}
            onChange={(rateYuan) => patch({ rateYuan })}
            placeholder="如：2.85"
          />
        </Field>
        <FieldError errors={errors} fields={['rateFen']} />
        {draft.kind === 'one_off' && (
          <Field label="账期">
            <Input
              value={draft.period}
              onChange={(period) => patch({ period })}
              placeholder="YYYY-MM，如 2026-12"
              maxLength={7}
            />
          </Field>
        )}
        <FieldError errors={errors} fields={['period']} />
        <Field label="收费房号">
          <Input
            value={draft.unitIdsText}
            onChange={(unitIdsText) => patch({ unitIdsText })}
            placeholder="留空为全部住户；如 1-101, 2-202"
          />
        </Field>
        <FieldError
          errors={errors}
          fields={['unitIds', ...Object.keys(errors).filter((k) => k.startsWith('unitIds.'))]}
        />
        <Field label="启用">
          <Switch checked={draft.active} onChange={(active) => patch({ active })} />
        </Field>
        <View className="ll-hint">修改只影响之后生成的账单，已生成的账单保持原金额。</View>
        <View className="ll-actions">
          {draft.id && <Button onClick={() => setDraft(EMPTY)}>取消编辑</Button>}
          <Button className="ll-fee-item__save" type="primary" disabled={action.busy} onClick={() => void save()}>
            保存
          </Button>
        </View>
      </View>
    </View>
  )
}
