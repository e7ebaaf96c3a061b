import Taro from '@tarojs/taro'
import type { WorkOrder } from '@core/repair/work-order'
import type { Section } from '../components/common/section-nav'
import { ROUTES, withId } from '../services/routes'

export const ADMIN_SECTIONS: readonly Section[] = [
  { label: '超时看板', url: ROUTES.adminLate },
  { label: '全部工单', url: ROUTES.adminOrders },
  { label: '消息', url: ROUTES.inbox, tab: true },
  { label: '我的', url: ROUTES.mine, tab: true },
]

export const openOrder = (order: WorkOrder) => void Taro.navigateTo({ url: withId(ROUTES.adminOrder, order.id) })
