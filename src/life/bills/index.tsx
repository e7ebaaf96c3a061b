import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import { BILL_FILTER_LABEL, yuanText } from '@core/billing/billing.labels'
import { BILL_FILTERS, type BillFilter } from '@core/billing/billing.schemas'
import type { BillView } from '@core/billing/billing.views'
import type { PaymentOrder } from '@core/billing/payment-order'
import { BillRow } from '../../components/billing/bill-row'
import { useAction } from '../../components/billing/use-action'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { billingService } from '../../services/billing.service'
import { requestPayment } from '../../services/payment'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/billing/billing.scss'

const PAY_MESSAGES = { CONFLICT: '所选账单已缴清或正在支付中，请刷新后再试' }
/** WeChat Pay notifies payCallback moments after the sheet closes; look again then. */
const CONFIRM_DELAY_MS = 3000

const shows = (bill: BillView, filter: BillFilter) => (filter === 'overdue' ? bill.overdue : bill.status === filter)

/** 物业缴费: the household's bills by status with totals; pick unpaid ones and pay them in one order. */
export default function BillsPage() {
  const bills = useRemote(() => billingService.list())
  const [filter, setFilter] = useState<BillFilter>('unpaid')
  const [selected, setSelected] = useState<string[]>([])
  const action = useAction()
  usePageRefresh(bills.reload)

  const data = bills.data
  const visible = data?.items.filter((b) => shows(b, filter)) ?? null
  const payable = visible?.filter((b) => b.status === 'unpaid' && !b.paying) ?? []
  const chosen = payable.filter((b) => selected.includes(b.id))
  const toggle = (id: string, on: boolean) => setSelected((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))

  async function pay(billIds: string[]) {
    const checkout = await action.run(() => billingService.pay(billIds), null, PAY_MESSAGES)
    const paid = checkout && (await action.run(() => requestPayment(checkout), null))
    if (paid) {
      void Taro.showToast({ title: '支付成功', icon: 'success' })
      setSelected([])
      setTimeout(() => void bills.reload(), CONFIRM_DELAY_MS)
    }
    await bills.reload()
  }

  async function cancel(order: PaymentOrder) {
    if (await action.run(() => billingService.cancelOrder(order.id), '已取消')) await bills.reload()
  }

  return (
    <ElderView className="ll-bills">
      <View className="ll-bills__totals">
        {BILL_FILTERS.map((f) => (
          <View
            key={f}
            className={`ll-bills__total ll-bills__total--${f}${f === filter ? ' ll-bills__total--active' : ''}`}
            onClick={() => setFilter(f)}
          >
            {/* Until the bills arrive the figures are unknown, not zero: a dash rather than ¥0.00. */}
            <View className="ll-bills__total-label">
              {BILL_FILTER_LABEL[f]}
              {data ? `（${data.totals[f].count}）` : ''}
            </View>
            <View className="ll-bills__total-amount">{data ? yuanText(data.totals[f].amount) : '—'}</View>
          </View>
        ))}
      </View>
      <View className="ll-bills__links" onClick={() => void Taro.navigateTo({ url: BILLING_ROUTES.receipts })}>
        缴费记录 ›
      </View>
      {data?.openOrders.map((order) => (
        <View key={order.id} className="ll-card ll-open-order">
          <View className="ll-open-order__text">
            待支付 {yuanText(order.amount)}（{order.items.length} 笔）
          </View>
          <Button size="small" disabled={action.busy} onClick={() => void cancel(order)}>
            取消订单
          </Button>
          <Button
            size="small"
            type="primary"
            disabled={action.busy}
            onClick={() => void pay(order.items.map((i) => i.billId))}
          >
            继续支付
          </Button>
        </View>
      ))}
      <ListState
        loading={bills.loading}
        error={bills.error}
        count={visible?.length ?? null}
        emptyText={`没有${BILL_FILTER_LABEL[filter]}账单`}
        onRetry={() => void bills.reload()}
      >
        {visible?.map((bill) => (
          <BillRow
            key={bill.id}
            bill={bill}
            overdue={bill.overdue}
            paying={bill.paying}
            leading={
              bill.status === 'unpaid' && !bill.paying ? (
                <Checkbox
                  className="ll-bill__check"
                  checked={selected.includes(bill.id)}
                  onChange={(on) => toggle(bill.id, on)}
                />
              ) : undefined
            }
          />
        ))}
      </ListState>
      {payable.length > 0 && (
        <View className="ll-bills__bar">
          <Checkbox
            checked={chosen.length === payable.length}
            onChange={(on) => setSelected(on ? payable.map((b) => b.id) : [])}
            label="全选"
          />
          <View className="ll-bills__bar-sum">
            合计 <View className="ll-bills__bar-amount">{yuanText(chosen.reduce((sum, b) => sum + b.amount, 0))}</View>
          </View>
          <Button
            className="ll-bills__pay"
            type="primary"
            disabled={chosen.length === 0 || action.busy}
            onClick={() => void pay(chosen.map((b) => b.id))}
          >
            去缴费
          </Button>
        </View>
      )}
    </ElderView>
  )
}
