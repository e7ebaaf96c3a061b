import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startTestHost } from '../tests/support/test-host'
import { addHouseholds } from './households.fixture'
import { LoadClient, type LoadJob, type LoadRequest } from './http-load'
import { formatProfile, type CpuProfile } from './profile-summary'
import { startBareServer } from './raw-sqlite'

// The bench's create load (api.bench.ts), with V8's sampling profiler on for the measured part only.
const CONCURRENCY = 32
const WARMUP = 300
const MEASURED = Number(process.env.PROFILE_REQUESTS ?? 3000)

/**
 * `npx tsx bench/profile-host.ts [out.cpuprofile]`: where the host's CPU goes per repair.create,
 * as a table of the top functions (self and total time) and of the code areas they belong to.
 */
async function profileCreates(out: string | undefined): Promise<void> {
  const host = await startTestHost()
  const client = LoadClient.start()
  const session = new Session()
  session.connect()
  try {
    const households = await addHouseholds(host, WARMUP + MEASURED)
    const requests = (from: number, count: number, token?: string): LoadRequest[] =>
      Array.from({ length: count }, (_, i) => ({
        token: token ?? households.tokenFor(from + i),
        event: households.createEvent(from + i),
      }))
    const job = (from: number, count: number, url = host.url, token?: string): LoadJob => ({
      url,
      fn: 'repair',
      concurrency: CONCURRENCY,
      requests: requests(from, count, token),
    })
    await client.run(job(0, WARMUP))
    // Half the creates unprofiled, for the CPU each costs (the sampler costs CPU of its own), half
    // profiled, for where that CPU goes.
    const half = Math.floor(MEASURED / 2)
    const plain = await measuredRun(client, job(WARMUP, half))
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
    await session.post('Profiler.start')
    await measuredRun(client, job(WARMUP + half, half))
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
    if (out) writeFileSync(out, JSON.stringify(profile))
    console.log(`repair.create through the host: ${plain.line}`)
    console.log(
      `bare server, same load:          ${(await bareCpu(client, (url, token) => job(WARMUP, half, url, token))).line}`,
    )
    console.log(formatProfile(profile, plain.msPerRequest).join('\n'))
  } finally {
    session.disconnect()
    client.stop()
    await host.stop()
  }
}

/** One run's CPU in this process per request (the load client is another process). */
async function measuredRun(client: LoadClient, job: LoadJob): Promise<{ msPerRequest: number; line: string }> {
  const start = process.cpuUsage()
  const reply = await client.run(job)
  const { user, system } = process.cpuUsage(start)
  if (reply.failures > 0) throw new Error(`${reply.failures} failed requests; first: ${reply.firstFailure}`)
  const n = reply.latenciesMs.length
  const ms = (us: number) => (us / 1000 / n).toFixed(2)
  return {
    msPerRequest: (user + system) / 1000 / n,
    line: `${ms(user + system)} ms CPU per request (user ${ms(user)}, system ${ms(system)}) over ${n} requests, ${((n / reply.elapsedMs) * 1000).toFixed(0)} req/s`,
  }
}

/** The bare server under the same load, in this process as the host was. */
async function bareCpu(client: LoadClient, job: (url: string, token: string) => LoadJob) {
  const dir = mkdtempSync(join(tmpdir(), 'linli-bare-'))
  const bare = await startBareServer(join(dir, 'bare.db'), 'bench-bare-server')
  try {
    await client.run(job(bare.url, 'bench-bare-server'))
    return await measuredRun(client, job(bare.url, 'bench-bare-server'))
  } finally {
    await bare.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

profileCreates(process.argv[2]).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
