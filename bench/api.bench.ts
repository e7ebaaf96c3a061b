import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestHost } from '../tests/support/test-host'
import { addHouseholds } from './households.fixture'
import { LoadClient, type LoadJob, type LoadReply, type LoadRequest } from './http-load'
import { startBareServer } from './raw-sqlite'
import { fmt, printTable, summarize } from './stats'

// As the headroom target is stated: 32 connections on 2 cores.
const CONCURRENCY = 32
const WARMUP_REQUESTS = 300
const MEASURED_REQUESTS = 3000
const BARE_TOKEN = 'bench-bare-server'

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

/**
 * repair.create by the estate's households (households.fixture.ts says what the load models), then
 * repair.accept by staff-1 of exactly those orders, over HTTP; then the bare server's insert of the
 * same events.
 */
export async function benchApi(): Promise<void> {
  const host = await startTestHost()
  const client = LoadClient.start()
  const bareDir = mkdtempSync(join(tmpdir(), 'linli-bare-'))
  const bare = await startBareServer(join(bareDir, 'bare.db'), BARE_TOKEN)
  try {
    const job = (url: string, requests: LoadRequest[]): LoadJob => ({
      url,
      fn: 'repair',
      requests,
      concurrency: CONCURRENCY,
    })
    const households = await addHouseholds(host, WARMUP_REQUESTS + MEASURED_REQUESTS)
    const staff = await host.login('staff-1')
    const creates = (from: number, count: number, token?: string) =>
      Array.from({ length: count }, (_, i) => ({
        token: token ?? households.tokenFor(from + i),
        event: households.createEvent(from + i),
      }))
    const accepts = (ids: string[]) => ids.map((id) => ({ token: staff, event: { action: 'accept', id } }))

    // Warm-up creates give the warm-up accepts distinct orders of their own.
    const warmOrders = await runChecked(client, job(host.url, creates(0, WARMUP_REQUESTS)))
    const created = await runChecked(client, job(host.url, creates(WARMUP_REQUESTS, MEASURED_REQUESTS)))
    await runChecked(client, job(host.url, accepts(warmOrders.ids)))
    const accepted = await runChecked(client, job(host.url, accepts(created.ids)))
    await runChecked(client, job(bare.url, creates(0, WARMUP_REQUESTS, BARE_TOKEN)))
    const bareCreated = await runChecked(client, job(bare.url, creates(WARMUP_REQUESTS, MEASURED_REQUESTS, BARE_TOKEN)))

    printTable(
      `API through the local host (HTTP keep-alive on 127.0.0.1, client in a child process, ${WARMUP_REQUESTS} warm-up requests each)`,
      ['action', 'requests', 'in flight', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
      [
        row('repair.create (households)', created),
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
