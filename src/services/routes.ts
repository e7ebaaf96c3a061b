/** Every page's URL, in one place (app.config.ts lists the same pages). */
export const ROUTES = {
  entry: '/pages/entry/index',
  home: '/pages/index/index',
  repairs: '/pages/repair/index',
  inbox: '/pages/inbox/index',
  mine: '/pages/mine/index',
  newRepair: '/pages/repair-new/index',
  repairDetail: '/pages/repair-detail/index',
  visitorPasses: '/life/visitor-passes/index',
  newVisitor: '/life/visitor-new/index',
  visitorPass: '/life/visitor-pass/index',
  sharedPass: '/life/visitor-shared/index',
  personalData: '/life/personal-data/index',
  staffPool: '/staff/pool/index',
  staffJobs: '/staff/jobs/index',
  staffJob: '/staff/job/index',
  staffGate: '/staff/gate/index',
  adminLate: '/admin/late/index',
  adminConsoleLogin: '/admin/console-login/index',
  adminOrders: '/admin/orders/index',
  adminOrder: '/admin/order/index',
  adminNotices: '/admin/notices/index',
} as const

export const withId = (page: string, id: string) => `${page}?id=${encodeURIComponent(id)}`

/** The page a visitor opens from a shared pass; the token in it is their permission. */
export const sharedPassUrl = (token: string) => `${ROUTES.sharedPass}?token=${encodeURIComponent(token)}`
