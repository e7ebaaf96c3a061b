import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { yuanText } from '@core/billing/billing.labels'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { billingService } from '../../services/billing.service'
import { ElderView } from '../../components/common/elder-view'
import '../../components/common/common.scss'
import '../../components/billing/billing.scss'

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="ll-receipt__line">
      <View className="ll-receipt__label">{label}</View>
      <View className="ll-receipt__value">{value}</View>
    </View>
  )
}

/** 电子收据: what was paid, for which months, when, and WeChat's transaction number. */
export default function ReceiptPage() {
  const id = useRouter().params.id ?? ''
  const receipt = useRemote(() => billingService.receipt(id))
  usePageRefresh(receipt.reload)
  const r = receipt.data
  return (
    <ElderView>
      <ListState
        loading={receipt.loading}
        error={receipt.error}
        count={r ? 1 : null}
        emptyText=""
        onRetry={() => void receipt.reload()}
      >
        {r && (
          <View className="ll-card ll-receipt">
            <View className="ll-receipt__head">
              <View className="ll-card__title">邻里物业 缴费收据</View>
              <View className="ll-receipt__amount">{yuanText(r.amount)}</View>
              {r.refundedAt && <View className="ll-error-text">已于 {formatLocal(r.refundedAt)} 退款</View>}
            </View>
            <Line label="收据编号" value={r.number} />
            <Line label="房号" value={r.unitId} />
            {r.items.map((i) => (
              <Line key={i.billId} label={i.itemName} value={`${i.period} · ${yuanText(i.amount)}`} />
            ))}
            <Line label="支付时间" value={formatLocal(r.paidAt, 'YYYY-MM-DD HH:mm:ss')} />
            <Line label="微信支付单号" value={r.transactionId} />
          </View>
        )}
      </ListState>
    </ElderView>
  )
}
