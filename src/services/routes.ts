/** Every page's URL, in one place (app.config.ts lists the same pages). */
export const ROUTES = {
  entry: '/pages/entry/index',
  home: '/pages/index/index',
  repairs: '/pages/repair/index',
  mine: '/pages/mine/index',
  newRepair: '/pages/repair-new/index',
  repairDetail: '/pages/repair-detail/index',
  visitorPasses: '/pages/visitor-passes/index',
  newVisitor: '/pages/visitor-new/index',
  visitorPass: '/pages/visitor-pass/index',
  sharedPass: '/pages/visitor-shared/index',
  staffPool: '/staff/pool/index',
  staffJobs: '/staff/jobs/index',
  staffJob: '/staff/job/index',
  staffGate: '/staff/gate/index',
  adminLate: '/admin/late/index',
  adminOrders: '/admin/orders/index',
  adminOrder: '/admin/order/index',
} as const

export const withId = (page: string, id: string) => `${page}?id=${encodeURIComponent(id)}`

/** The page a visitor opens from a shared pass; the token in it is their permission. */
export const sharedPassUrl = (token: string) => `${ROUTES.sharedPass}?token=${encodeURIComponent(token)}`
