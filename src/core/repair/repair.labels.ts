import type { Category, HoldReason, Priority, Status, TimelineType, Timer, WorkOrder } from './work-order'

/** Chinese names for the repair domain's codes, shared by the screens and the notices. */

export const CATEGORY_LABEL: Record<Category, string> = {
  plumbing: '水管漏水',
  electrical: '电路照明',
  doors_windows: '门窗锁具',
  elevator: '电梯故障',
  public_area: '公共区域',
  appliance: '家电设备',
  other: '其他',
}

export const PRIORITY_LABEL: Record<Priority, string> = { normal: '普通', urgent: '紧急' }

export const STATUS_LABEL: Record<Status, string> = {
  submitted: '待接单',
  accepted: '已接单',
  in_progress: '维修中',
  on_hold: '已暂停',
  completed: '待验收',
  closed: '已完成',
  cancelled: '已取消',
}

export const TIMER_LABEL: Record<Timer, string> = { response: '响应', arrival: '上门', resolution: '完工' }

export const HOLD_REASON_LABEL: Record<HoldReason, string> = {
  parts: '等待配件',
  resident_unavailable: '业主不在家',
  other: '其他原因',
}

export const TIMELINE_LABEL: Record<TimelineType, string> = {
  created: '提交报修',
  dispatched: '系统派单',
  accepted: '师傅接单',
  assigned: '物业派单',
  transferred: '转单',
  started: '开始维修',
  held: '暂停计时',
  resumed: '恢复计时',
  completed: '维修完成',
  confirmed: '住户验收',
  reopened: '申请返修',
  cancelled: '工单取消',
  hurried: '住户催单',
  response_warning: '即将响应超时',
  response_overdue: '响应超时',
  response_escalated: '响应超时已升级',
  arrival_warning: '即将上门超时',
  arrival_overdue: '上门超时',
  arrival_escalated: '上门超时已升级',
  resolution_warning: '即将完工超时',
  resolution_overdue: '维修超时',
  resolution_escalated: '维修超时已升级',
}

/** The status as people read it: a job sent to a named worker says 已派单 until the worker accepts. */
export function statusText(order: Pick<WorkOrder, 'status' | 'assigneeOpenid'>): string {
  return order.status === 'submitted' && order.assigneeOpenid ? '已派单' : STATUS_LABEL[order.status]
}
