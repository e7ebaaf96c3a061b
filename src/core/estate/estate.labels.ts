import type { ApplicationStatus } from './application'
import type { Relation, StaffRole } from './estate'
import type { InviteKind, InviteStatus } from './invite-code'

/** Chinese names for the estate's codes, shared by the console and the welcome page. */

export const RELATION_LABEL: Record<Relation, string> = { owner: '业主', family: '家属', tenant: '租户' }

export const STAFF_ROLE_LABEL: Record<StaffRole, string> = {
  maintenance: '维修师傅',
  guard: '门岗',
  service_desk: '客服前台',
  manager: '物业经理',
}

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
}

export const INVITE_KIND_LABEL: Record<InviteKind, string> = {
  unit: '住户邀请',
  staff: '员工邀请',
  vendor: '外包单位邀请',
}

export const INVITE_STATUS_LABEL: Record<InviteStatus, string> = {
  active: '可使用',
  used_up: '已用完',
  expired: '已过期',
  revoked: '已作废',
}

/** What the audit log calls each recorded action; an action without a name is shown as its code. */
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  'repair.assign': '派单',
  'repair.cancel': '取消工单',
  'admin.updateSlaPolicy': '修改时限标准',
  'admin.setDispatch': '修改派单方式',
  'admin.saveGrid': '保存网格',
  'admin.deleteGrid': '删除网格',
  'admin.importUnits': '导入房屋',
  'admin.saveEstateProfile': '修改小区信息',
  'admin.createInvite': '生成邀请码',
  'admin.revokeInvite': '作废邀请码',
  'admin.approveApplication': '通过入住申请',
  'admin.rejectApplication': '驳回入住申请',
  'admin.verifyResident': '认证住户',
  'admin.setStaff': '调整员工岗位',
  'admin.unbind': '解除绑定',
  'admin.exportOrders': '导出工单',
  'console.signIn': '扫码登录物业后台',
  'console.signOut': '退出物业后台',
}
