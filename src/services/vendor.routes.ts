/** Vendor and incident pages' URLs (app.config.ts lists the same pages). */
export const VENDOR_ROUTES = {
  vendors: '/admin/vendors/index',
  scorecard: '/admin/vendor-scorecard/index',
  incidents: '/admin/incidents/index',
  incident: '/life/incident/index',
} as const
