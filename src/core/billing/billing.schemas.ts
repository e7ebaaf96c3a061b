import { withRequestId } from '../shared/request-id'
import { z } from '../shared/zod'
import type { BillStatus } from './bill'
import { isLocalDate, PERIOD_PATTERN } from './calendar'
import { FEE_KINDS } from './fee-item'
import { MAX_BILLS_PER_ORDER, ORDER_STATUSES } from './payment-order'

/** One schema per command: the mini-program form and the cloud function both parse with it. */

const period = z.string({ error: '请选择账期' }).regex(PERIOD_PATTERN, '账期格式为 YYYY-MM')
const localDate = z.string().refine(isLocalDate, '日期格式为 YYYY-MM-DD')
const docId = z.string().trim().min(1).max(128)
/** Integer fen; a yuan amount never crosses the wire. */
const fen = z
  .number({ error: '请输入金额' })
  .int('金额以分为单位，须为整数')
  .min(1, '金额须大于 0')
  .max(100_000_000, '金额过大')

export const saveFeeItemSchema = z
  .object({
    /** Absent to create an item. */
    id: docId.optional(),
    name: z.string({ error: '请填写项目名称' }).trim().min(1, '请填写项目名称').max(40, '项目名称不超过 40 字'),
    kind: z.enum(FEE_KINDS, { error: '请选择计费方式' }),
    rateFen: fen,
    unitIds: z.array(docId).min(1, '请至少选择一户').max(5000).nullable().default(null),
    period: period.nullable().default(null),
    active: z.boolean().default(true),
    ...withRequestId,
  })
  .refine((item) => (item.kind === 'one_off') === (item.period !== null), {
    path: ['period'],
    message: '一次性项目须指定账期，按月项目不指定',
  })

export const runBillsSchema = z.object({
  period,
  /** Defaults to the last day of the period. */
  dueDate: localDate.optional(),
})

/** A bill's status, or `overdue` (unpaid past its due date), in the order screens list them. */
export const BILL_FILTERS = ['unpaid', 'overdue', 'paid'] as const satisfies readonly (BillStatus | 'overdue')[]
export type BillFilter = (typeof BILL_FILTERS)[number]

export const listBillsSchema = z.object({ status: z.enum(BILL_FILTERS).optional() })

export const payBillsSchema = z.object({
  billIds: z
    .array(docId, { error: '请选择要缴的账单' })
    .min(1, '请选择要缴的账单')
    .max(MAX_BILLS_PER_ORDER, `一次最多缴 ${MAX_BILLS_PER_ORDER} 笔`)
    .refine((ids) => new Set(ids).size === ids.length, '账单重复'),
})

export const orderRefSchema = z.object({ orderId: docId })
export const receiptRefSchema = z.object({ id: docId })

export const refundSchema = z.object({
  orderId: docId,
  reason: z.string({ error: '请填写退款原因' }).trim().min(1, '请填写退款原因').max(200, '原因不超过 200 字'),
})

export const collectionSchema = z.object({ period })
export const arrearsSchema = z.object({ building: z.string().trim().min(1).max(32).optional() })
export const listOrdersSchema = z.object({ status: z.enum(ORDER_STATUSES).optional() })

/**
 * A WeChat Pay result notification as the payCallback function receives it (fields camelCased by
 * the platform). Only what the callback checks is required; the rest passes through.
 */
export const payNotificationSchema = z.looseObject({
  returnCode: z.string(),
  resultCode: z.string().optional(),
  outTradeNo: z.string().min(1).max(32),
  totalFee: z.number().int().nonnegative(),
  transactionId: z.string().min(1).max(64),
  timeEnd: z.string(),
})

export type SaveFeeItemInput = z.input<typeof saveFeeItemSchema>
export type RunBillsInput = z.input<typeof runBillsSchema>
export type PayNotification = z.output<typeof payNotificationSchema>
