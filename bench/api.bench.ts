import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { CATEGORIES } from '@core/repair/work-order'
import { startTestHost } from '../tests/support/test-host'
import { liftRepairLimits } from './lift-limits'
import { LoadClient, type LoadJob, type LoadReply } from './http-load'
import { startBareServer } from './raw-sqlite'
import { fmt, printTable, summarize } from './stats'

// As the headroom target is stated: 32 connections on 2 cores.
const CONCURRENCY = 32
const WARMUP_REQUESTS = 300
const MEASURED_REQUESTS = 3000
const BARE_TOKEN = 'bench-bare-server'

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

const perSecond = (reply: LoadReply) => (reply.latenciesMs.length / reply.elapsedMs) * 1000

function row(label: string, reply: LoadReply): string[] {
  const { p50, p99, max } = summarize(reply.latenciesMs)
  return [
    label,
    fmt(reply.latenciesMs.length),
    fmt(CONCURRENCY),
    fmt(perSecond(reply)),
    fmt(p50, 2),
    fmt(p99, 2),
    fmt(max, 2),
  ]
}

/** repair.create as resident-1, then repair.accept by staff-1 of exactly those orders, over HTTP; then the bare server's create. */
export async function benchApi(): Promise<void> {
  const host = await startTestHost()
  const client = LoadClient.start()
  const bareDir = mkdtempSync(join(tmpdir(), 'linli-bare-'))
  const bare = await startBareServer(join(bareDir, 'bare.db'), BARE_TOKEN)
  try {
    const job = (url: string, token: string, events: Record<string, unknown>[]): LoadJob => ({
      url,
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
    const warmOrders = await runChecked(client, job(host.url, resident, events(0, WARMUP_REQUESTS)))
    const created = await runChecked(client, job(host.url, resident, events(WARMUP_REQUESTS, MEASURED_REQUESTS)))
    await runChecked(client, job(host.url, staff, warmOrders.ids.map(acceptEvent)))
    const accepted = await runChecked(client, job(host.url, staff, created.ids.map(acceptEvent)))
    await runChecked(client, job(bare.url, BARE_TOKEN, events(0, WARMUP_REQUESTS)))
    const bareCreated = await runChecked(client, job(bare.url, BARE_TOKEN, events(WARMUP_REQUESTS, MEASURED_REQUESTS)))

    printTable(
      `API through the local host (HTTP keep-alive on 127.0.0.1, client in a child process, ${WARMUP_REQUESTS} warm-up requests each)`,
      ['action', 'requests', 'in flight', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
      [
        row('repair.create (resident-1)', created),
        row('repair.accept (staff-1)', accepted),
        row('bare Node + SQLite insert', bareCreated),
      ],
    )
    const throughput = perSecond(created) / perSecond(bareCreated)
    const p99 = summarize(created.latenciesMs).p99 / summarize(bareCreated.latenciesMs).p99
    console.log(
      `host headroom, same run: repair.create at ${fmt(throughput, 2)} of the bare server's throughput (target >= 0.6), p99 ${fmt(p99, 2)}x the bare server's (target <= 1.5); load average (1 min) now ${loadavg()[0]!.toFixed(2)}`,
    )
  } finally {
    client.stop()
    await bare.stop()
    rmSync(bareDir, { recursive: true, force: true })
    await host.stop()
  }
}
