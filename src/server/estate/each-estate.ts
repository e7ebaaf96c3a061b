import type { Context, TimerDefinition } from '../action'
import { findAll } from '../store/paging'

/** Every estate's id, in id order. */
export async function estateIds(ctx: Context): Promise<string[]> {
  return (await findAll(ctx.store.collection('estates'), {})).map((estate) => estate.id)
}

type Counts = { [key: string]: number | Counts }

/** Adds `result`'s numbers, at any depth (a sweep reports per module), into `totals`. */
function addCounts(totals: Counts, result: unknown): void {
  if (typeof result !== 'object' || result === null) return
  for (const [key, value] of Object.entries(result)) {
    const held = totals[key]
    if (typeof value === 'number') totals[key] = (typeof held === 'number' ? held : 0) + value
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const nested: Counts = typeof held === 'object' ? held : {}
      addCounts(nested, value)
      totals[key] = nested
    }
  }
}

/**
 * Runs a timer once per estate, each with the store of that estate, so every order is judged on its
 * own estate's calendar and policy. Answers the sum of their counts and each estate's result.
 */
export async function runInEachEstate(timer: TimerDefinition, ctx: Context): Promise<Record<string, unknown>> {
  const byEstate: Record<string, unknown> = {}
  const totals: Counts = {}
  for (const estateId of await estateIds(ctx)) {
    const result = await timer.run({ ...ctx, store: ctx.store.forEstate(estateId) })
    byEstate[estateId] = result
    addCounts(totals, result)
  }
  return { ...totals, byEstate }
}
