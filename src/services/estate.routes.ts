/** The onboarding and manager-console pages' URLs (app.config.ts lists the same pages). */
export const ESTATE_ROUTES = {
  welcome: '/pages/welcome/index',
  /** The manager's console home: every section one tap away. */
  console: '/admin/console/index',
  dashboard: '/admin/dashboard/index',
  people: '/admin/people/index',
  applications: '/admin/applications/index',
  invites: '/admin/invites/index',
  estate: '/admin/estate/index',
  audit: '/admin/audit/index',
} as const
