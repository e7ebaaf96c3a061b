import type { Role } from '@core/identity/actor'

export interface DevUser {
  openid: string
  name: string
  /** Unit for residents. */
  unitId?: string
}

/** The local host's seed users (its public contract), grouped by role for the dev sign-in page. */
export const DEV_USERS: { role: Role; label: string; users: DevUser[] }[] = [
  {
    role: 'resident',
    label: '住户',
    users: [
      { openid: 'resident-1', name: '王女士', unitId: '1-101' },
      { openid: 'resident-2', name: '陈先生', unitId: '2-202' },
    ],
  },
  {
    role: 'maintenance',
    label: '维修师傅',
    users: [
      { openid: 'staff-1', name: '李师傅' },
      { openid: 'staff-2', name: '张师傅' },
    ],
  },
  { role: 'guard', label: '门岗', users: [{ openid: 'guard-1', name: '赵保安' }] },
  { role: 'manager', label: '物业经理', users: [{ openid: 'admin-1', name: '刘经理' }] },
  { role: 'committee', label: '业委会', users: [{ openid: 'committee-1', name: '周主任' }] },
]
