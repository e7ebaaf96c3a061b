import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { InviteView } from '@core/estate/invite-code'
import { CATEGORY_LABEL, PRIORITY_LABEL, TIMER_LABEL } from '@core/repair/repair.labels'
import { CATEGORIES, PRIORITIES, TIMERS, type Category, type Priority, type Timer } from '@core/repair/work-order'
import type { Vendor } from '@core/vendor/vendor'
import { saveVendorSchema } from '@core/vendor/vendor.schemas'
import { useAction } from '../../components/billing/use-action'
import { Field, FieldError } from '../../components/common/form-field'
import { ListState } from '../../components/common/list-state'
import { PrivacyDialog } from '../../components/privacy/privacy-dialog'
import { SectionNav } from '../../components/common/section-nav'
import { MultiChoice } from '../../components/estate/multi-choice'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { VendorCard } from '../../components/vendor/vendor-card'
import { EMPTY_VENDOR_DRAFT, slaOf, withMinutes, type VendorDraft } from '../../components/vendor/vendor-draft'
import { copyText } from '../../services/privacy/personal-info'
import { validate } from '../../services/validate'
import { vendorService, type RouteView } from '../../services/vendor.service'
import { VENDOR_ROUTES } from '../../services/vendor.routes'
import { VENDOR_SECTIONS } from '../vendor-sections'
import '../../components/common/common.scss'
import '../../components/estate/estate.scss'
import './index.scss'

const routedHere = (routes: readonly RouteView[], vendor: Vendor) =>
  routes.filter((r) => r.vendorId === vendor.id).map((r) => r.category)

/** 外包单位: register vendors with their contracted windows, route categories to them, invite their workers. */
export default function VendorsPage() {
  const list = useRemote(() => vendorService.list())
  usePageRefresh(list.reload)
  const action = useAction()
  const [draft, setDraft] = useState<VendorDraft>(EMPTY_VENDOR_DRAFT)
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [invite, setInvite] = useState<{ vendor: string; code: InviteView } | null>(null)
  const patch = (change: Partial<VendorDraft>) => setDraft((d) => ({ ...d, ...change }))
  const setMinutes = (category: Category, priority: Priority, timer: Timer, value: string) =>
    setDraft((d) => withMinutes(d, category, priority, timer, value))

  async function save() {
    const input = validate(saveVendorSchema, { ...draft, sla: slaOf(draft) })
    setErrors(input.ok ? {} : (input.error.fieldErrors ?? {}))
    if (!input.ok || !(await action.run(() => vendorService.save(input.data), '已登记'))) return
    setDraft(EMPTY_VENDOR_DRAFT)
    await list.reload()
  }

  async function route(vendor: Vendor, category: Category, routed: boolean) {
    const done = await action.run(
      () => vendorService.route({ category, vendorId: routed ? null : vendor.id }),
      routed ? '已改回自有师傅' : `${CATEGORY_LABEL[category]}已派给${vendor.name}`,
    )
    if (done) await list.reload()
  }

  async function issueInvite(vendor: Vendor) {
    const code = await action.run(() => vendorService.invite(vendor.id), '已生成')
    if (code) setInvite({ vendor: vendor.name, code })
  }

  const routes = list.data?.routes ?? []
  return (
    <View>
      <SectionNav sections={VENDOR_SECTIONS} current={VENDOR_ROUTES.vendors} />
      <View className="ll-card ll-vendor-form">
        <View className="ll-card__title">登记外包单位</View>
        <Field label="单位名称">
          <Input
            className="ll-vendor-form__name"
            value={draft.name}
            onChange={(name) => patch({ name })}
            maxLength={40}
            placeholder="如 安达电梯维保"
          />
        </Field>
        <Field label="服务类别">
          <MultiChoice
            options={CATEGORIES}
            labels={CATEGORY_LABEL}
            value={draft.categories}
            onChange={(categories) => patch({ categories })}
            className="ll-vendor-form__category"
          />
        </Field>
        <Field label="合同开始">
          <Input
            className="ll-vendor-form__from"
            value={draft.contractFrom}
            onChange={(contractFrom) => patch({ contractFrom })}
            placeholder="2026-01-01"
            maxLength={10}
          />
        </Field>
        <Field label="合同结束">
          <Input
            className="ll-vendor-form__to"
            value={draft.contractTo}
            onChange={(contractTo) => patch({ contractTo })}
            placeholder="2026-12-31"
            maxLength={10}
          />
        </Field>
        <Field label="联系人">
          <Input
            className="ll-vendor-form__contact"
            value={draft.contactName}
            onChange={(contactName) => patch({ contactName })}
            maxLength={20}
          />
        </Field>
        <Field label="联系电话">
          <Input
            className="ll-vendor-form__phone"
            type="tel"
            value={draft.contactPhone}
            onChange={(contactPhone) => patch({ contactPhone })}
            maxLength={20}
          />
        </Field>
        {draft.categories.map((category) => (
          <View key={category} className="ll-vendor-sla">
            <View className="ll-hint">{CATEGORY_LABEL[category]} 合同时限（分钟，不填按物业标准）</View>
            {PRIORITIES.map((priority) => (
              <View key={priority} className="ll-vendor-sla__row">
                <View className="ll-vendor-sla__label">{PRIORITY_LABEL[priority]}</View>
                {TIMERS.map((timer) => (
                  <Input
                    key={timer}
                    className={`ll-vendor-sla__input ll-vendor-sla__${category}-${priority}-${timer}`}
                    type="number"
                    placeholder={TIMER_LABEL[timer]}
                    value={draft.sla[category]?.[priority]?.[timer] ?? ''}
                    onChange={(v) => setMinutes(category, priority, timer, v)}
                  />
                ))}
              </View>
            ))}
          </View>
        ))}
        <FieldError
          errors={errors}
          fields={['name', 'categories', 'contractFrom', 'contractTo', 'contactName', 'contactPhone', 'sla']}
        />
        <View className="ll-actions">
          <Button className="ll-vendor-form__save" type="primary" disabled={action.busy} onClick={() => void save()}>
            登记
          </Button>
        </View>
      </View>

      {invite && (
        <View className="ll-card ll-invite-created">
          <View className="ll-hint">{invite.vendor} 师傅邀请码（登录后在欢迎页输入）</View>
          <View className="ll-invite-created__code ll-vendor-invite__code">{invite.code.id}</View>
          <View className="ll-actions">
            <Button size="small" onClick={() => void copyText(invite.code.id)}>
              复制
            </Button>
          </View>
          <PrivacyDialog />
        </View>
      )}

      <ListState
        loading={list.loading}
        error={list.error}
        count={list.data?.items.length ?? null}
        emptyText="还没有外包单位"
        onRetry={() => void list.reload()}
      >
        {list.data?.items.map((vendor) => (
          <VendorCard
            key={vendor.id}
            vendor={vendor}
            routed={routedHere(routes, vendor)}
            busy={action.busy}
            onRoute={(category, on) => void route(vendor, category, on)}
            onInvite={() => void issueInvite(vendor)}
          />
        ))}
      </ListState>
    </View>
  )
}
