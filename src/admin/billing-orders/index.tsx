import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { ORDER_STATUS_LABEL, yuanText } from '@core/billing/billing.labels'
import type { OrderView } from '@core/billing/billing.views'
import { formatLocal } from '@core/shared/time'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { ReasonDialog } from '../../components/common/reason-dialog'
import { SectionNav } from '../../components/common/section-nav'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { billingService } from '../../services/billing.service'
import { BILLING_SECTIONS } from '../billing-sections'
import '../../components/common/common.scss'
import '../../components/billing/billing.scss'

/** A refund already under way may be asked again: the gateway refunds once per refund number. */
const REFUNDABLE: readonly OrderView['status'][] = ['paid', 'refunding']

/** 订单: recent payments, and refunding one with a reason. */
export default function BillingOrdersPage() {
  const orders = useRemote(() => billingService.orders())
  const [refunding, setRefunding] = useState<OrderView | null>(null)
  const action = useAction()
  usePageRefresh(orders.reload)

  async function refund(order: OrderView, reason: string) {
    setRefunding(null)
    if (await action.run(() => billingService.refund(order.id, reason), '已退款')) await orders.reload()
  }

  const items = orders.data?.items ?? null
  return (
    <View>
      <SectionNav sections={BILLING_SECTIONS} current={BILLING_ROUTES.adminOrders} />
      <ListState
        loading={orders.loading}
        error={orders.error}
        count={items?.length ?? null}
        emptyText="还没有缴费订单"
        onRetry={() => void orders.reload()}
      >
        {items?.map((o) => (
          <View key={o.id} className="ll-bill">
            <View className="ll-bill__main">
              <View className="ll-bill__name">
                {o.unitId} · {o.items.map((i) => `${i.period} ${i.itemName}`).join('、')}
              </View>
              <View className="ll-bill__meta">
                {formatLocal(o.paidAt ?? o.createdAt)}
                {o.refund ? ` · 退款原因：${o.refund.reason}` : ''}
              </View>
              <View className="ll-bill__tags">
                <Tag type={o.displayStatus === 'paid' ? 'success' : 'default'}>
                  {ORDER_STATUS_LABEL[o.displayStatus]}
                </Tag>
                {o.unsettledBillIds.length > 0 && <Tag type="danger">重复缴费 {o.unsettledBillIds.length} 笔</Tag>}
              </View>
            </View>
            <View>
              <View className="ll-bill__amount">{yuanText(o.amount)}</View>
              {REFUNDABLE.includes(o.status) && (
                <Button size="small" disabled={action.busy} onClick={() => setRefunding(o)}>
                  退款
                </Button>
              )}
            </View>
          </View>
        ))}
      </ListState>
      <ReasonDialog
        visible={refunding !== null}
        title={refunding ? `退款 ${yuanText(refunding.amount)}` : '退款'}
        placeholder="请填写退款原因"
        confirmText="确认退款"
        onConfirm={(reason) => refunding && void refund(refunding, reason)}
        onClose={() => setRefunding(null)}
      />
    </View>
  )
}
