/** The billing pages' URLs (app.config.ts lists the same pages). */
export const BILLING_ROUTES = {
  bills: '/life/bills/index',
  receipts: '/life/bills-receipts/index',
  receipt: '/life/bills-receipt/index',
  adminOverview: '/admin/billing/index',
  adminArrears: '/admin/billing-arrears/index',
  adminOrders: '/admin/billing-orders/index',
  adminItems: '/admin/billing-items/index',
} as const
