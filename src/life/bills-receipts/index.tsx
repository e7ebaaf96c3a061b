import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { yuanText } from '@core/billing/billing.labels'
import { formatLocal } from '@core/shared/time'
import { ListState } from '../../components/common/list-state'
import { usePageRefresh } from '../../components/hooks/use-page-refresh'
import { useRemote } from '../../components/hooks/use-remote'
import { BILLING_ROUTES } from '../../services/billing.routes'
import { billingService } from '../../services/billing.service'
import { withId } from '../../services/routes'
import { ElderView } from '../../components/common/elder-view'
import '../../components/billing/billing.scss'

/** 缴费记录: the household's receipts, newest first. */
export default function ReceiptsPage() {
  const receipts = useRemote(() => billingService.receipts())
  usePageRefresh(receipts.reload)
  const items = receipts.data?.items ?? null
  return (
    <ElderView>
      <ListState
        loading={receipts.loading}
        error={receipts.error}
        count={items?.length ?? null}
        emptyText="还没有缴费记录"
        onRetry={() => void receipts.reload()}
      >
        {items?.map((r) => (
          <View
            key={r.id}
            className="ll-bill ll-receipt-row"
            onClick={() => void Taro.navigateTo({ url: withId(BILLING_ROUTES.receipt, r.id) })}
          >
            <View className="ll-bill__main">
              <View className="ll-bill__name">{r.items.map((i) => i.itemName).join('、')}</View>
              <View className="ll-bill__meta">
                {formatLocal(r.paidAt)} · 收据 {r.number}
              </View>
              {r.refundedAt && (
                <View className="ll-bill__tags">
                  <Tag type="default">已退款</Tag>
                </View>
              )}
            </View>
            <View className="ll-bill__amount">{yuanText(r.amount)}</View>
          </View>
        ))}
      </ListState>
    </ElderView>
  )
}
