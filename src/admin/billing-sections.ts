import type { Section } from '../components/common/section-nav'
import { BILLING_ROUTES } from '../services/billing.routes'
import { ROUTES } from '../services/routes'

export const BILLING_SECTIONS: readonly Section[] = [
  { label: '收缴', url: BILLING_ROUTES.adminOverview },
  { label: '欠费', url: BILLING_ROUTES.adminArrears },
  { label: '订单', url: BILLING_ROUTES.adminOrders },
  { label: '收费项目', url: BILLING_ROUTES.adminItems },
  { label: '我的', url: ROUTES.mine, tab: true },
]
