import type { Section } from '../components/common/section-nav'
import { ESTATE_ROUTES } from '../services/estate.routes'
import { ROUTES } from '../services/routes'

/** The manager console's pages; two-character labels so seven fit a phone's width. */
export const CONSOLE_SECTIONS: readonly Section[] = [
  { label: '看板', url: ESTATE_ROUTES.dashboard },
  { label: '人员', url: ESTATE_ROUTES.people },
  { label: '审核', url: ESTATE_ROUTES.applications },
  { label: '邀请', url: ESTATE_ROUTES.invites },
  { label: '房屋', url: ESTATE_ROUTES.estate },
  { label: '日志', url: ESTATE_ROUTES.audit },
  { label: '我的', url: ROUTES.mine, tab: true },
]
