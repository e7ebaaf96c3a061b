import type { Section } from '../components/common/section-nav'
import { BILLING_ROUTES } from '../services/billing.routes'
import { CONSOLE_HOME } from './console-sections'

export const BILLING_SECTIONS: readonly Section[] = [
  CONSOLE_HOME,
  { label: '收缴', url: BILLING_ROUTES.adminOverview },
  { label: '欠费', url: BILLING_ROUTES.adminArrears },
  { label: '订单', url: BILLING_ROUTES.adminOrders },
  { label: '收费项目', url: BILLING_ROUTES.adminItems },
]
