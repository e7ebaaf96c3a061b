import type { TestHost } from '../tests/support/test-host'

/**
 * One household files hundreds of orders in a bench: the manager lifts the household limits
 * (0 = none), as a manager would for a load test, so what is measured is the create path, not
 * the refusal.
 */
export async function liftRepairLimits(host: TestHost): Promise<void> {
  const lifted = await host.call('admin-1', 'admin', {
    action: 'updateLimits',
    repairCreatesPerHour: 0,
    repairCreatesPerDay: 0,
  })
  if (!lifted.ok) throw new Error(`lifting the limits: ${lifted.error.code}`)
}
