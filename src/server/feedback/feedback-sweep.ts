import { sweepFeedback } from '@core/feedback/feedback.ladder'
import { FEEDBACK_TIMERS } from '@core/feedback/feedback'
import type { Context } from '../action'
import { notifyFeedbackChanges } from './feedback-notices'
import { loadFeedbackRules } from './feedback.repository'

const SWEEP_BATCH = 200
const MAX_BATCHES = 20

export interface FeedbackSweepReport {
  due: number
  fired: number
  flagged: number
  skipped: number
}

/**
 * The feedback half of the SLA sweep: fires due ladder steps (warning, breach with apology,
 * escalation) once each. Reads only items whose `nextCheckAt` has passed, through its index.
 */
export async function sweepFeedbackBreaches(ctx: Context): Promise<FeedbackSweepReport> {
  const collection = ctx.store.collection('feedback')
  const now = ctx.now
  const rules = await loadFeedbackRules(ctx.store)
  const report: FeedbackSweepReport = { due: 0, fired: 0, flagged: 0, skipped: 0 }
  let skip = 0
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = await collection.find({
      where: { nextCheckAt: { lte: now } },
      orderBy: { field: 'nextCheckAt', direction: 'asc' },
      limit: SWEEP_BATCH,
      skip,
    })
    report.due += due.length
    let stayed = 0
    for (const item of due) {
      const swept = sweepFeedback(item, now, rules)
      const saved = swept.fired.length > 0 ? await collection.replace(swept.item) : null
      if (!saved) {
        stayed++
        if (swept.fired.length > 0) report.skipped++
        continue
      }
      report.fired += swept.fired.length
      report.flagged += FEEDBACK_TIMERS.filter((t) => item.overdue[t] === null && saved.overdue[t] !== null).length
      await notifyFeedbackChanges(ctx, rules, item, saved)
    }
    skip += stayed
    if (due.length < SWEEP_BATCH) break
  }
  return report
}
