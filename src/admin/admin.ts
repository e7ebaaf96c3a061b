import Taro from '@tarojs/taro'
import type { WorkOrder } from '@core/repair/work-order'
import type { Section } from '../components/common/section-nav'
import { ROUTES, withId } from '../services/routes'
import { CONSOLE_HOME } from './console-sections'

export const ADMIN_SECTIONS: readonly Section[] = [
  CONSOLE_HOME,
  { label: '超时看板', url: ROUTES.adminLate },
  { label: '全部工单', url: ROUTES.adminOrders },
  { label: '公告', url: ROUTES.adminNotices },
]

export const openOrder = (order: WorkOrder) => void Taro.navigateTo({ url: withId(ROUTES.adminOrder, order.id) })
