import { CATEGORIES } from '@core/repair/work-order'
import { startTestHost } from '../tests/support/test-host'
import { liftRepairLimits } from './lift-limits'
import { LoadClient, type LoadJob, type LoadReply } from './http-load'
import { fmt, printTable, summarize } from './stats'

const CONCURRENCY = 16
const WARMUP_REQUESTS = 300
const MEASURED_REQUESTS = 3000

const createEvent = (i: number): Record<string, unknown> => ({
  action: 'create',
  category: CATEGORIES[i % CATEGORIES.length],
  priority: i % 10 === 0 ? 'urgent' : 'normal',
  description: `卫生间地漏返水，楼下天花板有水渍 #${i}`,
  photos: [],
})

const acceptEvent = (id: string): Record<string, unknown> => ({ action: 'accept', id })

async function runChecked(client: LoadClient, job: LoadJob): Promise<LoadReply> {
  const reply = await client.run(job)
  // Figures over failed requests would measure the error path, so a failure stops the bench.
  if (reply.failures > 0) throw new Error(`${job.fn}: ${reply.failures} failed requests; first: ${reply.firstFailure}`)
  return reply
}

function row(label: string, reply: LoadReply): string[] {
  const { p50, p99, max } = summarize(reply.latenciesMs)
  const perSecond = (reply.latenciesMs.length / reply.elapsedMs) * 1000
  return [label, fmt(reply.latenciesMs.length), fmt(CONCURRENCY), fmt(perSecond), fmt(p50, 2), fmt(p99, 2), fmt(max, 2)]
}

/** repair.create as resident-1, then repair.accept by staff-1 of exactly those orders, over HTTP. */
export async function benchApi(): Promise<void> {
  const host = await startTestHost()
  const client = LoadClient.start()
  try {
    const job = (token: string, events: Record<string, unknown>[]): LoadJob => ({
      url: host.url,
      token,
      fn: 'repair',
      events,
      concurrency: CONCURRENCY,
    })
    await liftRepairLimits(host)
    const resident = await host.login('resident-1')
    const staff = await host.login('staff-1')
    const events = (from: number, count: number) => Array.from({ length: count }, (_, i) => createEvent(from + i))

    // Warm-up creates give the warm-up accepts distinct orders of their own.
    const warmOrders = await runChecked(client, job(resident, events(0, WARMUP_REQUESTS)))
    const created = await runChecked(client, job(resident, events(WARMUP_REQUESTS, MEASURED_REQUESTS)))
    await runChecked(client, job(staff, warmOrders.ids.map(acceptEvent)))
    const accepted = await runChecked(client, job(staff, created.ids.map(acceptEvent)))

    printTable(
      `API through the local host (HTTP keep-alive on 127.0.0.1, client in a child process, ${WARMUP_REQUESTS} warm-up requests each)`,
      ['action', 'requests', 'in flight', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
      [row('repair.create (resident-1)', created), row('repair.accept (staff-1)', accepted)],
    )
  } finally {
    client.stop()
    await host.stop()
  }
}
