import type { Role } from '@core/identity/actor'

export interface DevUser {
  openid: string
  name: string
  /** Unit for residents. */
  unitId?: string
}

/** The local host's seed users (its public contract) of both seeded estates, grouped by role for the dev sign-in page. */
export const DEV_USERS: { role: Role; label: string; users: DevUser[] }[] = [
  {
    role: 'resident',
    label: '住户',
    users: [
      { openid: 'resident-1', name: '王女士', unitId: '1-101' },
      { openid: 'resident-2', name: '陈先生', unitId: '2-202' },
      { openid: 'resident-3', name: '周女士（湖畔苑）', unitId: '1-101' },
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
  { role: 'vendor', label: '外包师傅', users: [{ openid: 'vendor-1', name: '周师傅' }] },
  { role: 'guard', label: '门岗', users: [{ openid: 'guard-1', name: '赵保安' }] },
  { role: 'service_desk', label: '客服前台', users: [{ openid: 'desk-1', name: '吴客服' }] },
  {
    role: 'manager',
    label: '物业经理',
    users: [
      { openid: 'admin-1', name: '刘经理' },
      { openid: 'admin-2', name: '孙经理（湖畔苑）' },
    ],
  },
  { role: 'committee', label: '业委会', users: [{ openid: 'committee-1', name: '周主任' }] },
  { role: 'company_admin', label: '物业公司总部', users: [{ openid: 'company-1', name: '总部管理员' }] },
]
