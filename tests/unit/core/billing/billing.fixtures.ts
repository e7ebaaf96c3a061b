import type { FeeItem } from '@core/billing/fee-item'
import type { Result } from '@core/shared/result'

/** 10:00 on 2026-11-20 in Shanghai. */
export const T0 = '2026-11-20T02:00:00.000Z'

/** The property fee at 2.85 yuan/m², charging every unit; `over` changes any of it. */
export const feeItem = (over: Partial<FeeItem> = {}): FeeItem => ({
  id: 'fee',
  version: 1,
  name: '物业费',
  kind: 'per_m2_monthly',
  rateFen: 285,
  unitIds: null,
  period: null,
  active: true,
  createdAt: T0,
  updatedAt: T0,
  ...over,
})

/** The value of a result expected to succeed. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}
