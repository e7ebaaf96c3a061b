import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from '@core/shared/clock'
import { parseCron, type Cron } from '@core/shared/cron'

export interface TimerTrigger {
  functionName: string
  triggerName: string
  cron: Cron
}

/** The timer triggers declared in each function's config.json, the same file CloudBase reads. */
export function readTimerTriggers(functionsRoot: string, names: readonly string[]): TimerTrigger[] {
  return names.flatMap((functionName) => {
    const file = join(functionsRoot, functionName, 'config.json')
    if (!existsSync(file)) return []
    const config = JSON.parse(readFileSync(file, 'utf8')) as {
      triggers?: { name: string; type: string; config: string }[]
    }
    return (config.triggers ?? [])
      .filter((t) => t.type === 'timer')
      .map((t) => ({ functionName, triggerName: t.name, cron: parseCron(t.config) }))
  })
}

/**
 * Fires triggers whose cron matches the host clock's current second. It looks every second, so a
 * dev clock moved forward fires at the next matching second of the new time.
 */
export function startScheduler(
  triggers: TimerTrigger[],
  clock: Clock,
  fire: (functionName: string) => Promise<unknown>,
): { stop(): void } {
  let lastSecond = -1
  const running = new Set<string>()
  const handle = setInterval(() => {
    const now = clock.now()
    const second = Math.floor(now.getTime() / 1000)
    if (second === lastSecond) return
    lastSecond = second
    for (const trigger of triggers) {
      // A run still going when the next is due is not doubled up, as on CloudBase's single timer.
      if (!trigger.cron.matches(now) || running.has(trigger.functionName)) continue
      running.add(trigger.functionName)
      void fire(trigger.functionName).finally(() => running.delete(trigger.functionName))
    }
  }, 250)
  handle.unref()
  return { stop: () => clearInterval(handle) }
}
