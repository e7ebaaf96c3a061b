import { defineFunction } from '../define-function'
import { housekeeping } from '../housekeeping'
import { sweepFeedbackBreaches } from '../feedback/feedback-sweep'
import type { Context } from '../action'
import { sweepBreaches } from './sla-sweep'

/** Work orders first (their report stays the top level), then complaints and suggestions on the same ladder. */
async function sweepAll(ctx: Context) {
  const orders = await sweepBreaches(ctx)
  return { ...orders, feedback: await sweepFeedbackBreaches(ctx), housekeeping: await housekeeping(ctx) }
}

/** Timer-only: flags overdue work orders and feedback every minute (see cloudfunctions/slaSweep/config.json). */
export const slaSweepFunction = defineFunction('slaSweep', {
  actions: {},
  timer: { run: sweepAll },
})
