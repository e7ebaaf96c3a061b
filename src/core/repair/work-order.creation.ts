import { instant, isBefore } from '../shared/instant'
import { PREFERRED_SLOT } from './repair.schemas'
import type { Actor } from '../identity/actor'
import { SYSTEM_OPENID } from '../identity/actor'
import { appError, ErrorCode } from '../shared/errors'
import { fail, ok, type Result } from '../shared/result'
import type { IsoTime } from '../shared/time'
import type { SlaRules } from './sla'
import type { Category, DispatchMode, Priority, TimelineEvent, WorkOrder } from './work-order'
import { finalize } from './work-order.ladder'

export interface NewWorkOrder {
  id: string
  category: Category
  priority: Priority
  description: string
  photos: readonly string[]
  preferredSlot?: { from: IsoTime; to: IsoTime }
}

/** How the new order is routed: the category's dispatch mode and, for grid dispatch, the grid's owner. */
export interface Dispatch {
  mode: DispatchMode
  gridId: string | null
  gridOwner: Actor | null
}

const DAY_MS = 86_400_000

/** The slot must start after now and end within the week (its length is checked by the schema). */
function preferredSlotError(slot: { from: IsoTime; to: IsoTime }, now: IsoTime) {
  if (!isBefore(now, slot.from)) {
    return appError(ErrorCode.VALIDATION_FAILED, 'preferred slot must start after now', {
      'preferredSlot.from': ['预约时间须晚于现在'],
    })
  }
  if (instant(slot.to) - instant(now) > PREFERRED_SLOT.withinDays * DAY_MS) {
    return appError(ErrorCode.VALIDATION_FAILED, 'preferred slot must end within 7 days', {
      'preferredSlot.to': [`请预约 ${PREFERRED_SLOT.withinDays} 天内的时间`],
    })
  }
  return null
}

export function createWorkOrder(
  input: NewWorkOrder,
  resident: Actor,
  now: IsoTime,
  rules: SlaRules,
  dispatch: Dispatch,
): Result<WorkOrder> {
  const slotError = input.preferredSlot ? preferredSlotError(input.preferredSlot, now) : null
  if (slotError) return fail(slotError)
  const owner = dispatch.mode === 'grid' ? dispatch.gridOwner : null
  const timeline: TimelineEvent[] = [{ type: 'created', at: now, by: resident.openid }]
  if (owner) timeline.push({ type: 'dispatched', at: now, by: SYSTEM_OPENID, note: owner.name })
  const order: WorkOrder = {
    id: input.id,
    version: 0,
    status: 'submitted',
    category: input.category,
    priority: input.priority,
    description: input.description,
    photos: [...input.photos],
    unitId: resident.unitId ?? '',
    residentOpenid: resident.openid,
    residentName: resident.name,
    preferredSlot: input.preferredSlot ?? null,
    // Grid dispatch without an owner falls back to the pool rather than stranding the job.
    dispatch: dispatch.mode === 'grid' && !owner ? 'pool' : dispatch.mode,
    gridId: dispatch.gridId,
    inPool: false,
    createdAt: now,
    acceptedAt: null,
    startedAt: null,
    completedAt: null,
    closedAt: null,
    cancelledAt: null,
    assigneeOpenid: owner?.openid ?? null,
    assigneeName: owner?.name ?? null,
    firstResponderOpenid: null,
    firstResponderName: null,
    sla: rules.termsFor(input.category, input.priority),
    holds: [],
    deadlines: { response: now, arrival: now, resolution: now },
    overdue: { response: null, arrival: null, resolution: null },
    warned: { response: null, arrival: null, resolution: null },
    escalated: { response: null, arrival: null, resolution: null },
    outcomes: { response: null, arrival: null, resolution: null },
    durations: {
      responseMinutes: null,
      arrivalMinutes: null,
      resolutionMinutes: null,
      wallMinutes: { response: null, arrival: null, resolution: null },
    },
    reopenCount: 0,
    rating: null,
    completionNote: null,
    completionPhotos: [],
    timeline,
    nextCheckAt: null,
  }
  return ok(finalize(order, now, rules))
}
