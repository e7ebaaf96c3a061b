import type { Actor, Role } from '@core/identity/actor'
import type { listRepairsSchema } from '@core/repair/repair.schemas'
import type { Category, WorkOrder } from '@core/repair/work-order'
import { appError, ErrorCode } from '@core/shared/errors'
import type { Page } from '@core/shared/page'
import { fail, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { Collection, Query, Where } from '../store/store.port'
import { findPage } from '../store/paging'

type ListInput = z.output<typeof listRepairsSchema>

const SCOPE_ROLES: Record<ListInput['scope'], readonly Role[]> = {
  mine: ['resident'],
  pool: ['maintenance', 'vendor'],
  assigned: ['maintenance', 'vendor'],
  all: ['manager'],
  dispatch: ['manager'],
}

/** The query each scope runs; the scope decides whose orders, never the caller's input. */
function scopeQuery(actor: Actor, input: ListInput, skills: readonly Category[]): Omit<Query, 'limit' | 'skip'> {
  const status: Where = input.status
    ? { status: input.status }
    : input.statuses
      ? { status: { in: [...input.statuses] } }
      : {}
  switch (input.scope) {
    case 'mine':
      return { where: { unitId: actor.unitId, ...status }, orderBy: { field: 'createdAt', direction: 'desc' } }
    case 'pool': {
      // The pool is what nobody of the worker's team has taken yet (in-house staff's team is vendorId
      // null) that their skills cover (none listed: all), most pressing deadline first.
      const team = { inPool: true, vendorId: actor.role === 'vendor' ? (actor.vendorId ?? '') : null }
      return {
        where: skills.length > 0 ? { ...team, category: { in: [...skills] } } : team,
        orderBy: { field: 'deadlines.response', direction: 'asc' },
      }
    }
    case 'assigned':
      return { where: { assigneeOpenid: actor.openid, ...status }, orderBy: { field: 'createdAt', direction: 'desc' } }
    case 'all':
      return { where: status, orderBy: { field: 'createdAt', direction: 'desc' } }
    case 'dispatch':
      // Waiting for the office: nobody holds them, oldest first.
      return { where: { assigneeOpenid: null, status: 'submitted' }, orderBy: { field: 'createdAt', direction: 'asc' } }
  }
}

export async function listOrders(
  orders: Collection<WorkOrder>,
  actor: Actor,
  input: ListInput,
  skills: readonly Category[] = [],
): Promise<Result<Page<WorkOrder>>> {
  if (!SCOPE_ROLES[input.scope].includes(actor.role)) {
    return fail(appError(ErrorCode.FORBIDDEN, `${actor.role} may not list scope ${input.scope}`))
  }
  return findPage(orders, scopeQuery(actor, input, skills), input)
}
