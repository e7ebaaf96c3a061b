import { formatMoney, formatYuanGrouped } from '../shared/money'
import type { BillFilter } from './billing.schemas'
import type { FeeItem, FeeKind } from './fee-item'
import type { OrderStatus } from './payment-order'

/** Chinese names for the billing domain's codes, shared by the screens. */

export const FEE_KIND_LABEL: Record<FeeKind, string> = {
  per_m2_monthly: '按面积每月',
  monthly: '按户每月',
  one_off: '一次性',
}

export const BILL_FILTER_LABEL: Record<BillFilter, string> = { unpaid: '待缴', overdue: '欠费', paid: '已缴' }

export const ORDER_STATUS_LABEL: Record<OrderStatus | 'expired', string> = {
  pending: '待支付',
  paid: '已支付',
  closed: '已取消',
  refunding: '退款中',
  refunded: '已退款',
  expired: '已过期',
}

/** `2.85 元/㎡·月`, `300.00 元/月`, `50.00 元（2026-12）`. */
export function rateText(item: Pick<FeeItem, 'kind' | 'rateFen' | 'period'>): string {
  const yuan = formatYuanGrouped(item.rateFen)
  if (item.kind === 'per_m2_monthly') return `${yuan} 元/㎡·月`
  return item.kind === 'monthly' ? `${yuan} 元/月` : `${yuan} 元（${item.period ?? ''}）`
}

/** `¥254.70` */
export const yuanText = (fen: number): string => formatMoney(fen)

/** collected / billed in basis points as a percentage, `85.67%`. */
export const rateBpText = (bp: number): string => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`
