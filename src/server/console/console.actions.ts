import { OFFICE_ROLES } from '@core/identity/actor'
import { nodeCrypto } from '../node-crypto'
import { CONSOLE_ROLES } from '@core/identity/console-sign-in'
import { CATEGORIES, OPEN_STATUSES, STATUSES, type WorkOrder } from '@core/repair/work-order'
import { ok } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { recordAudit } from '../audit/audit-log'
import { action } from '../action'
import { findUpTo } from '../store/paging'
import { approveSignIn } from './console-sign-in'

/** The console's order table filters in memory over at most this many orders of the chosen dates. */
export const ORDER_SEARCH_MAX = 2000

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
const SORTS = ['createdAt', 'deadline'] as const

export const findOrdersSchema = z.object({
  status: z.enum(STATUSES).optional(),
  category: z.enum(CATEGORIES).optional(),
  building: z.string().trim().min(1).max(16).optional(),
  /** A worker's openid, or `none` for orders nobody holds. */
  assignee: z.string().trim().min(1).max(128).optional(),
  /** Estate-local dates, inclusive. */
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(SORTS).default('createdAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
})

/** The estate day `date` (YYYY-MM-DD) starts at this instant (China keeps UTC+8 all year). */
const startOf = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString()
const nextDayStart = (date: string) => new Date(Date.parse(startOf(date)) + 24 * 3600_000).toISOString()

/** The deadline an order is racing now: the earliest of its timers still running. */
const currentDeadline = (o: WorkOrder): string =>
  o.acceptedAt === null ? o.deadlines.response : o.startedAt === null ? o.deadlines.arrival : o.deadlines.resolution

/** Desktop console actions of the `admin` function. */
export const consoleActions = {
  /** The phone side of scan-to-sign-in: 「登录物业后台」. */
  approveConsoleSignIn: action({
    roles: CONSOLE_ROLES,
    input: z.object({
      code: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{8,64}$/, '二维码无效'),
    }),
    run: (input, ctx) => approveSignIn(ctx, input.code),
  }),
  /** Recorded so the audit log shows when each console session ended. */
  consoleSignOut: action({
    roles: CONSOLE_ROLES,
    input: z.object({}),
    async run(_input, ctx) {
      // An estate's audit log; head office acting in no estate has none to write to.
      if (ctx.store.estateId !== null) {
        await recordAudit(ctx, { by: ctx.actor, action: 'console.signOut', input: {}, result: null })
      }
      return ok({ signedOut: true })
    },
  }),
  /**
   * The live console's poll: a stamp of every open order's version and the newest order. Equal
   * stamps mean nothing the board or the table shows has changed, so the console refetches only
   * when it differs. One indexed read of the open orders, the same bound as the late board.
   */
  orderChanges: action({
    roles: OFFICE_ROLES,
    input: z.object({ since: z.string().max(64).optional() }),
    async run(input, { store }) {
      const orders = store.collection('workOrders')
      const [open, newest] = await Promise.all([
        orders.find({
          where: { status: { in: [...OPEN_STATUSES] } },
          orderBy: { field: 'createdAt', direction: 'asc' },
          limit: 1000,
        }),
        orders.find({ where: {}, orderBy: { field: 'createdAt', direction: 'desc' }, limit: 1 }),
      ])
      const hash = nodeCrypto().createHash('sha256')
      for (const o of [...open, ...newest]) hash.update(`${o.id}:${o.version};`)
      const stamp = hash.digest('base64url').slice(0, 22)
      return ok({ stamp, changed: stamp !== input.since })
    },
  }),
  /** The console's order table: filters, one sort and numbered pages over the chosen dates. */
  findOrders: action({
    roles: OFFICE_ROLES,
    input: findOrdersSchema,
    async run(input, { store }) {
      const createdAt = {
        ...(input.from ? { gte: startOf(input.from) } : {}),
        ...(input.to ? { lt: nextDayStart(input.to) } : {}),
      }
      const { items, truncated } = await findUpTo(
        store.collection('workOrders'),
        {
          where: {
            ...(input.status ? { status: input.status } : {}),
            ...(input.from || input.to ? { createdAt } : {}),
          },
          orderBy: { field: 'createdAt', direction: 'desc' },
        },
        ORDER_SEARCH_MAX,
      )
      const matching = items.filter(
        (o) =>
          (!input.category || o.category === input.category) &&
          (!input.building || o.unitId.startsWith(`${input.building}-`)) &&
          (!input.assignee || (o.assigneeOpenid ?? 'none') === input.assignee),
      )
      const key = input.sort === 'deadline' ? currentDeadline : (o: WorkOrder) => o.createdAt
      const sign = input.direction === 'asc' ? 1 : -1
      matching.sort((a, b) => sign * key(a).localeCompare(key(b)))
      const start = (input.page - 1) * input.pageSize
      return ok({ items: matching.slice(start, start + input.pageSize), total: matching.length, truncated })
    },
  }),
}
