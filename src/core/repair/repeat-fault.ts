import { SYSTEM_OPENID } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import { PRIORITIES, type Category, type Priority, type WorkOrder } from './work-order'
import type { RootCause, RootCauseCode } from './work-order.records'

export { ROOT_CAUSES, type RepeatLink, type RootCause, type RootCauseCode } from './work-order.records'

/**
 * Repeat faults (返修): the same problem reported again in the same home (or the same public spot)
 * soon after a job on it was finished. Owners distrust nothing more, so a repeat is linked to the
 * job it undoes, raised a priority step, and cannot be closed without saying why it came back.
 */

export const DEFAULT_REPEAT_WINDOW_DAYS = 30

export const ROOT_CAUSE_LABEL: Record<RootCauseCode, string> = {
  workmanship: '上次维修不到位',
  parts: '配件质量问题',
  misdiagnosis: '上次判断有误',
  wear: '设施老化',
  misuse: '使用不当',
  external: '外部原因',
  other: '其他',
}

/** What the resident is told when their report is recognised as a repeat. */
export const repeatNotice = (windowDays: number) => `同一问题${windowDays}天内再次报修，已加急并由主管跟进`

/** Where a problem is: the public spot when one was named, otherwise the home. */
export interface FaultPlace {
  category: Category
  unitId: string
  location: string | null
}

const DAY_MS = 86_400_000

const samePlace = (order: WorkOrder, place: FaultPlace) =>
  order.category === place.category &&
  (place.location ? order.location === place.location : !order.location && order.unitId === place.unitId)

/** The most recently finished job at the same place and of the same category within the window, if any. */
export function findRepeatOrigin(
  candidates: readonly WorkOrder[],
  place: FaultPlace,
  now: IsoTime,
  windowDays: number,
): WorkOrder | null {
  const since = new Date(Date.parse(now) - windowDays * DAY_MS).toISOString()
  const finished = candidates.filter(
    (o) =>
      (o.status === 'completed' || o.status === 'closed') &&
      o.completedAt !== null &&
      o.completedAt >= since &&
      samePlace(o, place),
  )
  return finished.sort((a, b) => (a.completedAt! < b.completedAt! ? 1 : -1))[0] ?? null
}

/** One step up (normal -> urgent); the top stays where it is. */
export function raisePriority(priority: Priority): Priority {
  return PRIORITIES[Math.min(PRIORITIES.indexOf(priority) + 1, PRIORITIES.length - 1)]!
}

/** Links a new order to the job it repeats and records it on the timeline. */
export function linkRepeat(order: WorkOrder, origin: WorkOrder, now: IsoTime): WorkOrder {
  return {
    ...order,
    repeat: {
      orderId: origin.id,
      completedAt: origin.completedAt!,
      assigneeOpenid: origin.assigneeOpenid,
      vendorId: origin.vendorId ?? null,
    },
    timeline: [
      ...order.timeline,
      { type: 'repeat_linked', at: now, by: SYSTEM_OPENID, note: origin.id.slice(0, 8).toUpperCase() },
    ],
  }
}

/** A repeat is finished only with its root cause named; any other order needs none. */
export function checkRootCause(order: WorkOrder, rootCause: RootCause | undefined): Result<RootCause | null> {
  if (!order.repeat) return ok(null)
  if (!rootCause) {
    return fail(
      appError(ErrorCode.VALIDATION_FAILED, 'a repeat fault needs its root cause', {
        rootCause: ['返修工单请选择返修原因并说明'],
      }),
    )
  }
  return ok(rootCause)
}

/** Repeats charged to one group (a category, a worker, a vendor) against the jobs it finished. */
export interface RepeatRate {
  key: string
  /** Jobs the group finished in the period. */
  finished: number
  /** Reports in the period that undid one of the group's jobs. */
  repeats: number
  /** repeats / finished, 0..1; null when nothing was finished. */
  rate: number | null
}

export type RepeatGroup = 'category' | 'worker' | 'vendor'

const groupOfFinished: Record<RepeatGroup, (o: WorkOrder) => string | null> = {
  category: (o) => o.category,
  worker: (o) => o.assigneeOpenid,
  vendor: (o) => o.vendorId ?? null,
}

const groupOfRepeat: Record<RepeatGroup, (o: WorkOrder) => string | null> = {
  category: (o) => o.category,
  worker: (o) => o.repeat?.assigneeOpenid ?? null,
  vendor: (o) => o.repeat?.vendorId ?? null,
}

/** What counting repeats reads of an order: when it was finished, and the job it came back from. */
type RepeatFacts = Pick<WorkOrder, 'completedAt' | 'createdAt' | 'repeat'>

/** Finished jobs and the repeats charged to them, by group, counting only instants `within` says. */
function tallyRepeats<O extends RepeatFacts>(
  orders: readonly O[],
  finishedKey: (o: O) => string | null,
  repeatKey: (o: O) => string | null,
  within: (at: IsoTime) => boolean,
): RepeatRate[] {
  const tally = new Map<string, { finished: number; repeats: number }>()
  const bump = (key: string | null, field: 'finished' | 'repeats') => {
    if (key === null) return
    const row = tally.get(key) ?? { finished: 0, repeats: 0 }
    row[field] += 1
    tally.set(key, row)
  }
  for (const o of orders) {
    if (o.completedAt !== null && within(o.completedAt)) bump(finishedKey(o), 'finished')
    if (o.repeat && within(o.createdAt)) bump(repeatKey(o), 'repeats')
  }
  return [...tally.entries()].map(([key, t]) => ({ key, ...t, rate: t.finished === 0 ? null : t.repeats / t.finished }))
}

/**
 * Repeat rates in [from, to): a repeat counts against whoever did the job it undid, in the period it
 * was reported; the base is what each finished in the period. Groups with neither are left out.
 */
export function repeatRates(
  orders: readonly WorkOrder[],
  group: RepeatGroup,
  from: IsoTime,
  to: IsoTime,
): RepeatRate[] {
  return tallyRepeats(orders, groupOfFinished[group], groupOfRepeat[group], (at) => at >= from && at < to).sort(
    (a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.repeats - a.repeats || a.key.localeCompare(b.key),
  )
}

/**
 * The same rate over a whole set already confined to a period (head office's comparison and the
 * monthly report take the orders submitted in their window): repeats reported against jobs finished.
 */
export function repeatTotals(orders: readonly RepeatFacts[]): { finished: number; repeats: number } {
  const [all] = tallyRepeats(
    orders,
    () => 'all',
    () => 'all',
    () => true,
  )
  return { finished: all?.finished ?? 0, repeats: all?.repeats ?? 0 }
}
