import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { startTestHost } from '../tests/support/test-host'
import { addHouseholds } from './households.fixture'
import { LoadClient, type LoadJob } from './http-load'
import { formatProfile, type CpuProfile } from './profile-summary'

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
    const job = (from: number, count: number): LoadJob => ({
      url: host.url,
      fn: 'repair',
      concurrency: CONCURRENCY,
      requests: Array.from({ length: count }, (_, i) => ({
        token: households.tokenFor(from + i),
        event: households.createEvent(from + i),
      })),
    })
    await client.run(job(0, WARMUP))
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
    await session.post('Profiler.start')
    const cpuStart = process.cpuUsage()
    const reply = await client.run(job(WARMUP, MEASURED))
    const cpu = process.cpuUsage(cpuStart)
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
    if (reply.failures > 0) throw new Error(`${reply.failures} failed creates; first: ${reply.firstFailure}`)
    if (out) writeFileSync(out, JSON.stringify(profile))
    const creates = reply.latenciesMs.length
    console.log(
      `${creates} creates in ${(reply.elapsedMs / 1000).toFixed(1)} s; host process CPU ${((cpu.user + cpu.system) / 1000 / creates).toFixed(2)} ms per create (user ${(cpu.user / 1000 / creates).toFixed(2)}, system ${(cpu.system / 1000 / creates).toFixed(2)})`,
    )
    console.log(formatProfile(profile, (cpu.user + cpu.system) / 1000 / creates).join('\n'))
  } finally {
    session.disconnect()
    client.stop()
    await host.stop()
  }
}

profileCreates(process.argv[2]).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
