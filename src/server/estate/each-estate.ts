import type { Context, TimerDefinition } from '../action'
import { findAll } from '../store/paging'

/** Every estate's id, in id order. */
export async function estateIds(ctx: Context): Promise<string[]> {
  return (await findAll(ctx.store.collection('estates'), {})).map((estate) => estate.id)
}

/**
 * Runs a timer once per estate, each with the store of that estate, so every order is judged on its
 * own estate's calendar and policy. Answers the per-estate results and the sum of their counts.
 */
export async function runInEachEstate(timer: TimerDefinition, ctx: Context): Promise<Record<string, unknown>> {
  const byEstate: Record<string, unknown> = {}
  const totals: Record<string, number> = {}
  for (const estateId of await estateIds(ctx)) {
    const result = await timer.run({ ...ctx, store: ctx.store.forEstate(estateId) })
    byEstate[estateId] = result
    if (typeof result !== 'object' || result === null) continue
    for (const [key, value] of Object.entries(result)) {
      if (typeof value === 'number') totals[key] = (totals[key] ?? 0) + value
    }
  }
  return { ...totals, byEstate }
}
