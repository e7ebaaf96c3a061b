import type { Actor } from '@core/identity/actor'
import type { listRepairsSchema } from '@core/repair/repair.schemas'
import type { Category, WorkOrder } from '@core/repair/work-order'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { z } from '@core/shared/zod'
import type { Query, Where } from '../store/store.port'
import type { WorkOrders } from './work-order.repository'

export interface OrderPage {
  items: WorkOrder[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

type ListInput = z.output<typeof listRepairsSchema>

const SCOPE_ROLE = {
  mine: 'resident',
  pool: 'maintenance',
  assigned: 'maintenance',
  all: 'manager',
  dispatch: 'manager',
} as const

/** The query each scope runs; the scope decides whose orders, never the caller's input. */
function scopeQuery(actor: Actor, input: ListInput, skills: readonly Category[]): Omit<Query, 'limit' | 'skip'> {
  const status: Where = input.status ? { status: input.status } : {}
  switch (input.scope) {
    case 'mine':
      return { where: { unitId: actor.unitId, ...status }, orderBy: { field: 'createdAt', direction: 'desc' } }
    case 'pool':
      // The pool is what nobody has taken yet that the worker's skills cover (none listed: all),
      // most pressing deadline first.
      return {
        where: skills.length > 0 ? { inPool: true, category: { in: [...skills] } } : { inPool: true },
        orderBy: { field: 'deadlines.response', direction: 'asc' },
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

// The cursor is the offset of the next page; opaque to clients so it can change later.
const encodeCursor = (offset: number) => Buffer.from(String(offset)).toString('base64url')
function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return 0
  const offset = Number(Buffer.from(cursor, 'base64url').toString())
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : null
}

export async function listOrders(
  orders: WorkOrders,
  actor: Actor,
  input: ListInput,
  skills: readonly Category[] = [],
): Promise<Result<OrderPage>> {
  if (SCOPE_ROLE[input.scope] !== actor.role) {
    return fail(appError(ErrorCode.FORBIDDEN, `${actor.role} may not list scope ${input.scope}`))
  }
  const skip = decodeCursor(input.cursor)
  if (skip === null) return fail(appError(ErrorCode.VALIDATION_FAILED, 'bad cursor', { cursor: ['无效的分页参数'] }))
  // One extra row tells whether another page exists without a count query.
  const rows = await orders.find({ ...scopeQuery(actor, input, skills), limit: input.limit + 1, skip })
  const items = rows.slice(0, input.limit)
  return ok({ items, nextCursor: rows.length > input.limit ? encodeCursor(skip + input.limit) : null })
}
