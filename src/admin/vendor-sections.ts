import type { Section } from '../components/common/section-nav'
import { ROUTES } from '../services/routes'
import { VENDOR_ROUTES } from '../services/vendor.routes'

/** The pages that hold outside work and outages to account. */
export const VENDOR_SECTIONS: readonly Section[] = [
  { label: '外包', url: VENDOR_ROUTES.vendors },
  { label: '考核', url: VENDOR_ROUTES.scorecard },
  { label: '故障', url: VENDOR_ROUTES.incidents },
  { label: '我的', url: ROUTES.mine, tab: true },
]
