import Taro from '@tarojs/taro'
import type { WorkOrder } from '@core/repair/work-order'
import type { Section } from '../components/common/section-nav'
import { friendlyMessage } from '../services/errors'
import { repairService } from '../services/repair.service'
import { ROUTES, withId } from '../services/routes'

export const STAFF_SECTIONS: readonly Section[] = [
  { label: '抢单池', url: ROUTES.staffPool },
  { label: '我的工单', url: ROUTES.staffJobs },
  { label: '消息', url: ROUTES.inbox, tab: true },
  { label: '我的', url: ROUTES.mine, tab: true },
]

/** What a CONFLICT means when grabbing: the compare-and-set let another worker win. */
export const GRAB_OVERRIDES = {
  CONFLICT: '手慢了，这单已被其他师傅接走',
  INVALID_TRANSITION: '手慢了，这单已被其他师傅接走',
} as const

export const openJob = (order: WorkOrder) => void Taro.navigateTo({ url: withId(ROUTES.staffJob, order.id) })

/**
 * Grabs a job from the pool; on success opens it, otherwise says why. Resolves to success.
 * `askConsent` (useConsent('grabJob')) runs first, while still inside the tap.
 */
export async function grab(order: WorkOrder, askConsent: () => Promise<void>): Promise<boolean> {
  await askConsent()
  const reply = await repairService.accept(order.id)
  if (!reply.ok) {
    void Taro.showToast({ title: friendlyMessage(reply.error, GRAB_OVERRIDES), icon: 'none', duration: 2500 })
    return false
  }
  void Taro.showToast({ title: '抢单成功', icon: 'success' })
  openJob(reply.data)
  return true
}
