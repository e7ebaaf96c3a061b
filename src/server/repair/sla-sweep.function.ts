import { defineFunction } from '../define-function'
import { housekeeping } from '../housekeeping'
import { sweepFeedbackBreaches } from '../feedback/feedback-sweep'
import type { Runtime } from '../runtime/runtime'
import { sweepBreaches } from './sla-sweep'

/** Work orders first (their report stays the top level), then complaints and suggestions on the same ladder. */
async function sweepAll(runtime: Runtime) {
  const orders = await sweepBreaches(runtime)
  return { ...orders, feedback: await sweepFeedbackBreaches(runtime), housekeeping: await housekeeping(runtime) }
}

/** Timer-only: flags overdue work orders and feedback every minute (see cloudfunctions/slaSweep/config.json). */
export const slaSweepFunction = defineFunction('slaSweep', {
  actions: {},
  timer: { run: sweepAll },
})
