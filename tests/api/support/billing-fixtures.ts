import type { Bill } from '@core/billing/bill'

import { appError, ErrorCode } from '@core/shared/errors'
import { fail } from '@core/shared/result'
import { startTestHost, type TestHost } from '../../support/test-host'

/** 10:00 on 2026-11-20 in Shanghai: the November bills are raised and not yet due. */
export const START = '2026-11-20T02:00:00.000Z'
export const PERIOD = '2026-11'
/** 2.85 yuan per m² per month. */
export const PROPERTY_RATE = 285
/** 300 yuan per month, for the units with a parking space. */
export const PARKING_RATE = 30_000
export const PARKING_UNITS = ['1-101', '2-202']

/** A manager's call that must succeed; its data. */
export async function asManager<T = any>(host: TestHost, event: Record<string, unknown>): Promise<T> {
  const reply = await host.call<T>('admin-1', 'billing', event)
  if (!reply.ok) throw new Error(`${String(event.action)}: ${reply.error.code} ${reply.error.message}`)
  return reply.data
}

/** Sets a unit's floor area, as the estate's records would. */
export async function setArea(host: TestHost, unitId: string, areaM2: number): Promise<void> {
  const units = host.runtime.store.collection('units')
  const unit = await units.get(unitId)
  if (!unit || !(await units.replace({ ...unit, areaM2 }))) throw new Error(`cannot set the area of ${unitId}`)
}

/** A seeded host with the estate's two monthly fee items, the clock at START. */
export async function startBillingHost(): Promise<TestHost> {
  const host = await startTestHost()
  await host.post('/api/dev/clock', { set: START })
  await asManager(host, { action: 'saveItem', name: '物业费', kind: 'per_m2_monthly', rateFen: PROPERTY_RATE })
  await asManager(host, {
    action: 'saveItem',
    name: '车位管理费',
    kind: 'monthly',
    rateFen: PARKING_RATE,
    unitIds: PARKING_UNITS,
  })
  return host
}

/** A billing host with PERIOD's bills raised; `mine` are resident-1's two unpaid bills. */
export async function startBilledHost(): Promise<{ host: TestHost; mine: string[] }> {
  const host = await startBillingHost()
  await asManager(host, { action: 'run', period: PERIOD })
  return { host, mine: await unpaidBillIds(host, 'resident-1') }
}

export const storedBill = (host: TestHost, id: string) => host.runtime.store.collection('bills').get(id)
export const storedOrder = (host: TestHost, id: string) => host.runtime.store.collection('payOrders').get(id)

/** The simulated gateway refuses the next `prepay` or `refund`. */
export const gatewayRefusesOnce = (host: TestHost, call: 'prepay' | 'refund') =>
  jest.spyOn(host.runtime.pay, call).mockResolvedValueOnce(fail(appError(ErrorCode.INTERNAL, 'the gateway refused')))

/** The ids of a resident's unpaid bills, latest period first. */
export async function unpaidBillIds(host: TestHost, openid: string): Promise<string[]> {
  const reply = await host.call(openid, 'billing', { action: 'list', status: 'unpaid' })
  if (!reply.ok) throw new Error(reply.error.message)
  return reply.data.items.map((b: Bill) => b.id)
}

/** Pays bills as `openid` and answers the new order's id. */
export async function openPayment(host: TestHost, openid: string, billIds: string[]): Promise<string> {
  const reply = await host.call(openid, 'billing', { action: 'pay', billIds })
  if (!reply.ok) throw new Error(`${reply.error.code} ${reply.error.message}`)
  return reply.data.order.id
}

/** 模拟支付: the dev route through which the simulated gateway notifies payCallback. */
export const simulatePayment = (host: TestHost, orderId: string, forged: { totalFee?: number } = {}) =>
  host.post(`/api/dev/pay/${orderId}`, forged)

/** Fails when any money field anywhere in `value` is not an integer (fen never become floats). */
export function expectIntegerMoney(value: unknown, path = '$'): void {
  if (Array.isArray(value)) return value.forEach((v, i) => expectIntegerMoney(v, `${path}[${i}]`))
  if (typeof value !== 'object' || value === null) return
  for (const [key, v] of Object.entries(value)) {
    if (/amount|fen|fee|billed|collected/i.test(key) && typeof v === 'number' && !Number.isSafeInteger(v)) {
      throw new Error(`${path}.${key} is not integer fen: ${v}`)
    }
    expectIntegerMoney(v, `${path}.${key}`)
  }
}
