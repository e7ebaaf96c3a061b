import { currentTimer, OPEN_STATUSES, type Status, type WorkOrder } from '@core/repair/work-order'

/** 我的工单's two tabs: what the worker still owes, and what he has finished. */
export const JOB_TABS = ['open', 'finished'] as const
export type JobTab = (typeof JOB_TABS)[number]

export const JOB_TAB_LABELS: Record<JobTab, string> = { open: '进行中', finished: '已完成' }

export const JOB_TAB_STATUSES: Record<JobTab, readonly Status[]> = {
  open: OPEN_STATUSES,
  finished: ['completed', 'closed', 'cancelled'],
}

/** The deadline the job races now; a paused job races none, so it sorts after every running one. */
const racingDeadline = (order: WorkOrder): string | null => {
  const timer = currentTimer(order)
  return timer ? order.deadlines[timer] : null
}

/** Open jobs: the nearest deadline first, paused ones last (oldest first among them). */
export function byNearestDeadline(a: WorkOrder, b: WorkOrder): number {
  const da = racingDeadline(a)
  const db = racingDeadline(b)
  if (da === null || db === null) return da === db ? a.createdAt.localeCompare(b.createdAt) : da === null ? 1 : -1
  return da.localeCompare(db)
}

const finishedAt = (order: WorkOrder): string => order.completedAt ?? order.cancelledAt ?? order.createdAt

/** Finished jobs: the most recently finished first. */
export const byNewestFinished = (a: WorkOrder, b: WorkOrder): number => finishedAt(b).localeCompare(finishedAt(a))

export const JOB_TAB_SORT: Record<JobTab, (a: WorkOrder, b: WorkOrder) => number> = {
  open: byNearestDeadline,
  finished: byNewestFinished,
}
