import type { Section } from '../components/common/section-nav'
import { ESTATE_ROUTES } from '../services/estate.routes'

/** Back to the console home, first in every manager page's section bar. */
export const CONSOLE_HOME: Section = { label: '后台', url: ESTATE_ROUTES.console }

/** The estate pages of the console; two-character labels so seven fit a phone's width. */
export const CONSOLE_SECTIONS: readonly Section[] = [
  CONSOLE_HOME,
  { label: '看板', url: ESTATE_ROUTES.dashboard },
  { label: '人员', url: ESTATE_ROUTES.people },
  { label: '审核', url: ESTATE_ROUTES.applications },
  { label: '邀请', url: ESTATE_ROUTES.invites },
  { label: '房屋', url: ESTATE_ROUTES.estate },
  { label: '日志', url: ESTATE_ROUTES.audit },
]
