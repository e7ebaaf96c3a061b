import type { OutboxEntry } from '@server/store/documents'
import { startTestHost } from '../tests/support/test-host'
import { liftRepairLimits } from './lift-limits'
import { fmt, printTable, summarize } from './stats'

const SAMPLES = 300

/**
 * Issue 6's figure: from the call of a transition (repair.accept) to its subscribe message in the
 * outbox, one call at a time so each sample is a latency, not a queue. The outbox entry is stamped
 * by the host's clock, which is this process's clock in an in-process host.
 */
export async function benchNotifyLatency(): Promise<void> {
  const host = await startTestHost()
  try {
    const results = Object.fromEntries([['local-repair-accepted', 'accept']])
    await liftRepairLimits(host)
    const ids: string[] = []
    for (let i = 0; i < SAMPLES; i++) {
      await host.call('resident-1', 'inbox', { action: 'consent', results })
      const created = await host.call('resident-1', 'repair', {
        action: 'create',
        category: 'plumbing',
        description: `水龙头滴水 #${i}`,
      })
      if (!created.ok) throw new Error(created.error.message)
      ids.push(created.data.id)
    }
    const outbox = host.runtime.store.collection('outbox')
    const latencies: number[] = []
    for (const id of ids) {
      const calledAt = Date.now()
      const accepted = await host.call('staff-1', 'repair', { action: 'accept', id })
      if (!accepted.ok) throw new Error(accepted.error.message)
      const [entry] = await outbox.find({
        where: { toOpenid: 'resident-1' },
        orderBy: { field: 'sentAt', direction: 'desc' },
        limit: 1,
      })
      if (!(entry as OutboxEntry | undefined)?.page.endsWith(id)) throw new Error(`no outbox entry for ${id}`)
      latencies.push(Date.parse(entry!.sentAt) - calledAt)
    }
    const { p50, p99, max } = summarize(latencies)
    printTable(
      'progress push: repair.accept call -> its subscribe message in the outbox (sequential calls over HTTP)',
      ['transitions', 'p50 ms', 'p99 ms', 'max ms'],
      [[fmt(SAMPLES), fmt(p50, 1), fmt(p99, 1), fmt(max, 1)]],
    )
  } finally {
    await host.stop()
  }
}
