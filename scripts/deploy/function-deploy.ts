import type { CloudbaseFunction } from './cloudbaserc'
import type { TimerTrigger } from './function-folders'

/** The management calls a function deploy needs (cloud-admin.ts makes them with manager-node). */
export interface FunctionAdmin {
  /** The names of the function's triggers; null when the function does not exist yet. */
  triggerNames(name: string): Promise<string[] | null>
  /** Creates the function, or replaces its code and configuration (not its runtime: CloudBase fixes that at creation). */
  upload(fn: CloudbaseFunction): Promise<void>
  deleteTrigger(name: string, trigger: string): Promise<void>
  createTriggers(name: string, triggers: readonly TimerTrigger[]): Promise<void>
}

/**
 * Deploys one function and makes its triggers exactly the declared ones: the old ones go, then the
 * declared ones are created, so a changed cron or a trigger dropped from config.json takes effect
 * (creating over an existing trigger is not reliably an update).
 */
export async function deployFunction(
  admin: FunctionAdmin,
  fn: CloudbaseFunction,
  log: (line: string) => void,
): Promise<void> {
  const previous = await admin.triggerNames(fn.name)
  const { triggers = [], ...config } = fn
  await admin.upload(config)
  for (const trigger of previous ?? []) await admin.deleteTrigger(fn.name, trigger)
  if (triggers.length > 0) await admin.createTriggers(fn.name, triggers)
  const triggerText = triggers.map((trigger) => `${trigger.name} "${trigger.config}"`).join(', ') || 'none'
  log(
    `${fn.name}: ${previous === null ? 'created' : 'updated'} (${fn.runtime}, ${fn.timeout} s, ${fn.memorySize} MB; triggers: ${triggerText})`,
  )
}
