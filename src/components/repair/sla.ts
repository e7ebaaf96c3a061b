import { currentTimer, TIMERS, type Timer, type WorkOrder } from '@core/repair/work-order'

export { currentTimer }
import { formatLocal } from '@core/shared/time'
import { HOLD_REASON_LABEL, TIMER_LABEL } from './labels'

const MINUTE = 60_000

/** "18 分钟", "3 小时 5 分钟", "2 天 4 小时": whole units, the way people say it. */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes))
  if (m < 60) return `${m} 分钟`
  if (m < 24 * 60) return m % 60 === 0 ? `${m / 60} 小时` : `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`
  const hours = Math.floor((m % (24 * 60)) / 60)
  return hours === 0 ? `${Math.floor(m / (24 * 60))} 天` : `${Math.floor(m / (24 * 60))} 天 ${hours} 小时`
}

/** "00:17:42": the ticking part of a countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
}

/** "已超时 5 分钟"; just "已超时" in its first minute (or when the device clock lags the server's flag). */
function lateText(lateMs: number): string {
  const late = Math.floor(lateMs / MINUTE)
  return late > 0 ? `已超时 ${formatDuration(late)}` : '已超时'
}

export interface SlaView {
  timer: Timer
  overdue: boolean
  /** "预计 18 分钟内响应" or "已超时 5 分钟". */
  headline: string
  /** "00:17:42" while running. */
  clock: string | null
}

/** What the countdown shows at `now` (ms since epoch), or null once no timer runs. */
export function slaView(order: Pick<WorkOrder, 'status' | 'deadlines' | 'overdue'>, now: number): SlaView | null {
  const timer = currentTimer(order)
  if (!timer) return null
  const left = new Date(order.deadlines[timer]).getTime() - now
  // The sweep's flag wins over the device clock, which may lag the server's.
  if (left <= 0 || order.overdue[timer] !== null)
    return { timer, overdue: true, headline: lateText(-left), clock: null }
  return {
    timer,
    overdue: false,
    headline: `预计 ${formatDuration(Math.ceil(left / MINUTE))}内${TIMER_LABEL[timer]}`,
    clock: formatClock(left),
  }
}

/** The promise fixed at submission: "15 分钟内响应，1 小时内上门，4 小时内完工（全天候）". */
export function slaPromise(order: Pick<WorkOrder, 'sla'>): string {
  const terms = TIMERS.map((t) => `${formatDuration(order.sla.windows[t])}内${TIMER_LABEL[t]}`).join('，')
  return `${terms}（${order.sla.roundTheClock ? '全天候' : '按服务时间计'}）`
}

/** Where one promise stands: kept or missed once its clock stopped, otherwise running or not begun. */
export type DeadlineState = 'kept' | 'missed' | 'running' | 'overdue' | 'paused' | 'pending' | 'void'

export interface DeadlineRow {
  timer: Timer
  /** 响应, 上门 or 完工. */
  label: string
  /** When it falls due, in the estate's time: "11-27 10:15". */
  due: string
  state: DeadlineState
  /** "按时（提前 10 分钟）", "超时 12 分钟", "剩余 18 分钟", "待开始". */
  text: string
}

/** The timer a hold paused: the one that runs again when the job resumes. */
function pausedTimer(order: Pick<WorkOrder, 'status' | 'holds'>): Timer | null {
  if (order.status !== 'on_hold') return null
  const open = order.holds.find((h) => h.to === null)
  return open ? currentTimer({ status: open.resumeTo }) : null
}

/**
 * The three promises in plain words, each with its deadline: kept or missed (by how much) once
 * its clock stopped, the time left on the one running at `now`, or not begun yet.
 */
export function deadlineRows(
  order: Pick<WorkOrder, 'status' | 'deadlines' | 'overdue' | 'outcomes' | 'holds'>,
  now: number,
): DeadlineRow[] {
  const running = currentTimer(order)
  const paused = pausedTimer(order)
  return TIMERS.map((timer) => {
    const row = { timer, label: TIMER_LABEL[timer], due: formatLocal(order.deadlines[timer], 'MM-DD HH:mm') }
    const outcome = order.outcomes[timer]
    if (outcome) {
      if (!outcome.met) return { ...row, state: 'missed', text: `超时 ${formatDuration(-outcome.marginMinutes)}` }
      return {
        ...row,
        state: 'kept',
        text: outcome.marginMinutes > 0 ? `按时（提前 ${formatDuration(outcome.marginMinutes)}）` : '按时',
      }
    }
    if (timer === running) {
      const left = new Date(order.deadlines[timer]).getTime() - now
      // As on the countdown, the sweep's flag wins over a device clock that may lag the server's.
      if (left <= 0 || order.overdue[timer] !== null) return { ...row, state: 'overdue', text: lateText(-left) }
      return { ...row, state: 'running', text: `剩余 ${formatDuration(Math.ceil(left / MINUTE))}` }
    }
    if (timer === paused) return { ...row, state: 'paused', text: '计时已暂停' }
    if (order.status === 'cancelled') return { ...row, state: 'void', text: '工单已取消' }
    return { ...row, state: 'pending', text: '待开始' }
  })
}

/** While on hold: why the job is paused, e.g. "维修暂停：等待配件，暂停期间不计时". */
export function holdNotice(order: Pick<WorkOrder, 'status' | 'holds'>): string | null {
  if (order.status !== 'on_hold') return null
  const open = order.holds.find((h) => h.to === null)
  return open ? `维修暂停：${HOLD_REASON_LABEL[open.reason]}，暂停期间不计时` : '维修暂停，暂停期间不计时'
}

/** Staff pool order: urgent jobs first, then the nearest response deadline. */
export function byUrgencyThenDeadline(a: WorkOrder, b: WorkOrder): number {
  if (a.priority !== b.priority) return a.priority === 'urgent' ? -1 : 1
  return a.deadlines.response.localeCompare(b.deadlines.response)
}

/** Whether the server flagged the deadline the order is racing now as missed. */
export function isOverdue(order: Pick<WorkOrder, 'status' | 'overdue'>): boolean {
  const timer = currentTimer(order)
  return timer !== null && order.overdue[timer] !== null
}
