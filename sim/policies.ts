import type { DispatchMode } from '@core/repair/work-order'

export const POLICY_NAMES = ['baseline', 'pool', 'pool_push', 'grid_push_ladder'] as const
export type PolicyName = (typeof POLICY_NAMES)[number]

/** How the estate runs repairs: product settings plus what the office does. People behave the same under all. */
export interface Policy {
  name: PolicyName
  label: string
  /** desk: the office hands out jobs in rounds (the product's `manager` dispatch mode). */
  dispatch: DispatchMode
  /** Staff allowed subscribe messages, so the product's notices reach their phones. */
  push: boolean
  /** The slaSweep timer runs (timing, warnings, breaches, escalations); off means nothing is timed live. */
  sweep: boolean
  /** The office keeps each grid pointed at a worker on duty (re-pointed at every shift change). */
  gridsFollowRoster: boolean
}

export const POLICIES: Record<PolicyName, Policy> = {
  baseline: {
    name: 'baseline',
    label: 'Before: phone and paper desk',
    dispatch: 'manager',
    push: false,
    sweep: false,
    gridsFollowRoster: false,
  },
  pool: {
    name: 'pool',
    label: 'Online pool, no push',
    dispatch: 'pool',
    push: false,
    sweep: true,
    gridsFollowRoster: false,
  },
  pool_push: {
    name: 'pool_push',
    label: 'Online pool with push',
    dispatch: 'pool',
    push: true,
    sweep: true,
    gridsFollowRoster: false,
  },
  grid_push_ladder: {
    name: 'grid_push_ladder',
    label: 'Grid dispatch + push + ladder',
    dispatch: 'grid',
    push: true,
    sweep: true,
    gridsFollowRoster: true,
  },
}
