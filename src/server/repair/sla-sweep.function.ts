import { defineFunction } from '../define-function'
import { sweepBreaches } from './sla-sweep'

/** Timer-only: flags overdue work orders every minute (see cloudfunctions/slaSweep/config.json). */
export const slaSweepFunction = defineFunction('slaSweep', {
  actions: {},
  timer: { run: sweepBreaches },
})
