import type { Status } from '@core/repair/work-order'

export {
  CATEGORY_LABEL,
  PRIORITY_LABEL,
  STATUS_LABEL,
  TIMELINE_LABEL,
  TIMER_LABEL,
  HOLD_REASON_LABEL,
} from '@core/repair/repair.labels'

/** NutUI Tag colours by status: what still needs someone stands out. */
export const STATUS_TONE: Record<Status, 'warning' | 'primary' | 'info' | 'success' | 'default' | 'danger'> = {
  submitted: 'warning',
  accepted: 'primary',
  in_progress: 'info',
  on_hold: 'warning',
  completed: 'success',
  closed: 'default',
  cancelled: 'default',
}

export const ROLE_LABEL = {
  guest: '访客',
  resident: '住户',
  maintenance: '维修师傅',
  guard: '门岗',
  service_desk: '客服前台',
  manager: '物业经理',
  company_admin: '物业公司',
  vendor: '外包师傅',
  committee: '业委会',
} as const
