import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

/** One closed-loop run: `concurrency` lanes each POST the next event as soon as their last one answered. */
export interface LoadJob {
  url: string
  /** The cloud function, reached at POST /api/fn/<fn>. */
  fn: string
  /** Each event with the bearer token of whoever sends it. */
  requests: readonly LoadRequest[]
  concurrency: number
}

export interface LoadRequest {
  token: string
  event: Record<string, unknown>
}

export interface LoadReply {
  /** Per request, in the order of `requests`. */
  latenciesMs: number[]
  /** From the first request sent to the last answer received. */
  elapsedMs: number
  /** Requests that were not HTTP 200 with an ok envelope. */
  failures: number
  firstFailure: string | null
  /** `data.id` of each ok envelope, so one run's created orders can feed the next. */
  ids: string[]
}

/**
 * Drives the host from a child process: on a 2-core machine a client sharing the host's event
 * loop would bill its own request and JSON work to the host. fork() inherits tsx's loader flags.
 */
export class LoadClient {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadClient {
    return new LoadClient(fork(join(__dirname, 'http-load.child.ts')))
  }

  run(job: LoadJob): Promise<LoadReply> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load client exited (${code}) mid-run`))
      this.child.once('exit', onExit)
      this.child.once('message', (reply) => {
        this.child.off('exit', onExit)
        resolve(reply as LoadReply)
      })
      this.child.send(job)
    })
  }

  stop(): void {
    this.child.disconnect()
  }
}
