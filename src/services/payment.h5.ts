import Taro from '@tarojs/taro'
import { yuanText } from '@core/billing/billing.labels'
import type { RequestPayment } from './payment.types'
import { asReply, networkFailure } from './reply'

/**
 * The browser has no WeChat Pay. On the local host a 模拟支付 confirmation asks the simulated
 * gateway to take the money; it then notifies payCallback exactly as WeChat Pay would.
 */
export const requestPayment: RequestPayment = async (checkout) => {
  const { confirm } = await Taro.showModal({
    title: '模拟支付',
    content: `本地环境不连接微信支付。确认模拟支付 ${yuanText(checkout.order.amount)}？`,
    confirmText: '确认支付',
    cancelText: '取消',
  })
  if (!confirm) return { ok: true, data: false }
  try {
    const res = await fetch(`/api/dev/pay/${encodeURIComponent(checkout.order.id)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    })
    const reply = asReply(await res.json())
    return reply.ok ? { ok: true, data: true } : reply
  } catch (error) {
    return networkFailure(error)
  }
}
