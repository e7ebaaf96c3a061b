import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { LoadJob, LoadReply } from './http-load'

// Keep-alive, as a browser or the mini-program keeps its connection, so TCP setup is not measured.
const agent = new Agent({ keepAlive: true })

function post(url: string, token: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function run(job: LoadJob): Promise<LoadReply> {
  const url = `${job.url}/api/fn/${job.fn}`
  const reply: LoadReply = { latenciesMs: [], elapsedMs: 0, failures: 0, firstFailure: null, ids: [] }
  const ids: (string | undefined)[] = []
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < job.requests.length) {
      const index = next++
      const { token, event } = job.requests[index]!
      const start = performance.now()
      const { status, text } = await post(url, token, JSON.stringify(event))
      reply.latenciesMs[index] = performance.now() - start
      const envelope = JSON.parse(text) as { ok: boolean; data?: { id?: string } }
      if (status === 200 && envelope.ok) ids[index] = envelope.data?.id
      else {
        reply.failures++
        reply.firstFailure ??= `HTTP ${status}: ${text.slice(0, 300)}`
      }
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: job.concurrency }, lane))
  reply.elapsedMs = performance.now() - start
  reply.ids = ids.filter((id): id is string => id !== undefined)
  return reply
}

process.on('message', (job) => {
  void run(job as LoadJob).then((reply) => process.send!(reply))
})
// The parent disconnecting is the signal to go; the idle keep-alive sockets would hold the process open.
process.on('disconnect', () => {
  agent.destroy()
})
