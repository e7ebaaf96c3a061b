import type { Actor } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import { z } from '../shared/zod'
import type { WorkOrder } from './work-order'
import type { GeoPoint } from './work-order.records'

export type { CheckIn, GeoPoint } from './work-order.records'

/**
 * On-site proof: for vendor jobs (and, when the estate asks, every job) the worker checks in on
 * arrival before starting, and shows before and after photos when completing. The check-in time is
 * the server's, never the phone's; the location is kept when the device gives one.
 */

export const geoPointSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000).optional(),
})

export const checkInSchema = z.object({
  id: z.string().trim().min(1, '缺少工单编号').max(64),
  location: geoPointSchema.optional(),
})

/** The assignee checks in once, after accepting and before starting. */
export function checkIn(order: WorkOrder, staff: Actor, now: IsoTime, location: GeoPoint | null): Result<WorkOrder> {
  if (order.assigneeOpenid !== staff.openid) return fail(appError(ErrorCode.FORBIDDEN, 'only the assignee checks in'))
  if (order.status !== 'accepted') {
    return fail(appError(ErrorCode.INVALID_TRANSITION, `cannot check in on an order that is ${order.status}`))
  }
  if (order.checkIn) return fail(appError(ErrorCode.INVALID_TRANSITION, 'already checked in'))
  return ok({
    ...order,
    checkIn: { at: now, by: staff.openid, location },
    timeline: [
      ...order.timeline,
      { type: 'checked_in', at: now, by: staff.openid, note: location ? '已定位' : '未获取位置' },
    ],
  })
}

/** Start waits for the check-in when proof is required. */
export function checkArrival(order: WorkOrder): Result<void> {
  if (order.proofRequired && !order.checkIn) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'check in before starting', { checkIn: ['请先到场签到'] }))
  }
  return ok(undefined)
}

/** Completion shows the work when proof is required: at least one photo before and one after. */
export function checkCompletionPhotos(
  order: WorkOrder,
  before: readonly string[],
  after: readonly string[],
): Result<void> {
  if (!order.proofRequired) return ok(undefined)
  const fieldErrors: Record<string, string[]> = {}
  if (before.length === 0) fieldErrors.beforePhotos = ['请上传维修前照片']
  if (after.length === 0) fieldErrors.photos = ['请上传完工照片']
  if (Object.keys(fieldErrors).length > 0) {
    return fail(appError(ErrorCode.VALIDATION_FAILED, 'before and after photos are required', fieldErrors))
  }
  return ok(undefined)
}
