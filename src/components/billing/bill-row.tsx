import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { Bill } from '@core/billing/bill'
import { yuanText } from '@core/billing/billing.labels'
import './billing.scss'

interface Props {
  bill: Bill
  /** Status marks beside the meta line. */
  overdue?: boolean
  paying?: boolean
  /** A checkbox before the text, or an extra line after it. */
  leading?: ReactNode
  detail?: string
}

/** One bill: what, which month, when due, how much, and whether it is overdue, being paid or paid. */
export function BillRow({ bill, overdue = false, paying = false, leading, detail }: Props) {
  return (
    <View className="ll-bill">
      {leading}
      <View className="ll-bill__main">
        <View className="ll-bill__name">{bill.itemName}</View>
        <View className="ll-bill__meta">
          {bill.unitId} · {bill.period} · 缴费截止 {bill.dueDate}
          {detail ? ` · ${detail}` : ''}
        </View>
        <View className="ll-bill__tags">
          {overdue && <Tag type="danger">欠费</Tag>}
          {paying && <Tag type="warning">支付中</Tag>}
          {bill.status === 'paid' && <Tag type="success">已缴</Tag>}
        </View>
      </View>
      <View className="ll-bill__amount">{yuanText(bill.amount)}</View>
    </View>
  )
}
