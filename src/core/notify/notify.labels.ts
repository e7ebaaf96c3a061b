import type { TemplateKey } from './templates'

/** What each subscribe message tells its reader, as the notification settings list it. */
export const TEMPLATE_LABEL: Record<TemplateKey, string> = {
  repairAccepted: '师傅接单提醒',
  repairStarted: '师傅上门提醒',
  repairCompleted: '维修完成提醒',
  repairDelayed: '报修延误致歉',
  jobAssigned: '新工单提醒',
  jobWarning: '工单即将超时提醒',
  jobOverdue: '工单超时提醒',
  visitorArrived: '访客到达提醒',
  billReminder: '缴费提醒',
  emergencyNotice: '紧急通知',
  feedbackUpdate: '投诉建议进展提醒',
  surveyInvite: '问卷邀请',
}
