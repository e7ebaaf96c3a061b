import type { Clock } from '@core/shared/clock'
import type { Store } from '../store/store.port'
import type { FilePort } from '../files/file.port'

/** Everything a use case needs from the outside world; each runtime (CloudBase, local host, tests) builds one. */
export interface Runtime {
  store: Store
  clock: Clock
  files: FilePort
  newId(): string
  log: Logger
}

export interface Logger {
  info(message: string, details?: Record<string, unknown>): void
  error(message: string, details?: Record<string, unknown>): void
}

/** Structured one-line JSON logs: CloudBase's log search and the local host both read them. */
export const jsonLogger: Logger = {
  info: (message, details) => console.log(JSON.stringify({ level: 'info', message, ...details })),
  error: (message, details) => console.error(JSON.stringify({ level: 'error', message, ...details })),
}

/** Who invoked a function, as the platform says (never as the event says). */
export type Invoker = { kind: 'user'; openid: string } | { kind: 'timer' }
