import {
  arrearsSchema,
  collectionSchema,
  listBillsSchema,
  listOrdersSchema,
  orderRefSchema,
  payBillsSchema,
  receiptRefSchema,
  refundSchema,
  runBillsSchema,
  saveFeeItemSchema,
} from '@core/billing/billing.schemas'
import { ok, notFound } from '@core/shared/result'
import { z } from '@core/shared/zod'
import { action } from '../action'
import { defineFunction } from '../define-function'
import { runBills } from './bill-run'
import { arrears, arrearsExport, collectionOf, recentOrders, unitBills, unitReceipts } from './billing-queries'
import { findAll } from '../store/paging'
import { cancelOrder, payBills } from './checkout'
import { refundOrder } from './refund'
import { saveFeeItem } from './save-fee-item'
import { remindArrears } from './reminders'

export const billingFunction = defineFunction('billing', {
  actions: {
    /** The caller's unit's bills by status, with totals and any payment still open. */
    list: action({
      roles: ['resident'],
      input: listBillsSchema,
      run: async (input, ctx) => ok(await unitBills(ctx, ctx.actor, input.status)),
    }),
    /** One payment order for some of the unit's bills; answers the parameters for requestPayment. */
    pay: action({
      roles: ['resident'],
      input: payBillsSchema,
      run: (input, ctx) => payBills(ctx, ctx.actor, input.billIds),
    }),
    cancelOrder: action({
      roles: ['resident'],
      input: orderRefSchema,
      run: (input, ctx) => cancelOrder(ctx, ctx.actor, input.orderId),
    }),
    receipts: action({
      roles: ['resident'],
      input: z.object({}),
      run: async (_input, ctx) => ok({ items: await unitReceipts(ctx, ctx.actor.unitId) }),
    }),
    /** A receipt of the caller's unit (managers: any). */
    receipt: action({
      roles: ['resident', 'manager'],
      input: receiptRefSchema,
      async run(input, ctx) {
        const receipt = await ctx.store.collection('receipts').get(input.id)
        const visible = receipt && (ctx.actor.role === 'manager' || receipt.unitId === ctx.actor.unitId)
        return visible ? ok(receipt) : notFound('receipt')
      },
    }),

    items: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok({ items: await findAll(ctx.store.collection('feeItems'), {}) }),
    }),
    /** Creates a fee item (no id) or edits one; bills already raised keep their rate. */
    saveItem: action({
      roles: ['manager'],
      audit: true,
      input: saveFeeItemSchema,
      run: (input, ctx) => saveFeeItem(ctx, input),
    }),
    /** Raises a period's bills; running it again creates nothing already raised. */
    run: action({
      roles: ['manager'],
      audit: true,
      input: runBillsSchema,
      run: (input, ctx) => runBills(ctx, input.period, input.dueDate),
    }),
    /** Collection rate of a period, per building and in total. */
    collection: action({
      roles: ['manager'],
      input: collectionSchema,
      run: async (input, ctx) => ok(await collectionOf(ctx, input.period)),
    }),
    arrears: action({
      roles: ['manager'],
      input: arrearsSchema,
      run: async (input, ctx) => ok(await arrears(ctx, input.building)),
    }),
    /** The arrears list as a CSV file's text (UTF-8 with BOM, opens in Excel). */
    exportArrears: action({
      roles: ['manager'],
      input: arrearsSchema,
      run: async (input, ctx) => ok(await arrearsExport(ctx, input.building)),
    }),
    orders: action({
      roles: ['manager'],
      input: listOrdersSchema,
      run: async (input, ctx) => ok(await recentOrders(ctx, input.status)),
    }),
    refund: action({
      roles: ['manager'],
      audit: true,
      input: refundSchema,
      run: (input, ctx) => refundOrder(ctx, ctx.actor, input.orderId, input.reason),
    }),
    /** Sends the arrears reminders now instead of at the daily timer. */
    remind: action({
      roles: ['manager'],
      input: z.object({}),
      run: async (_input, ctx) => ok(await remindArrears(ctx)),
    }),
  },
  timer: { run: remindArrears },
})
