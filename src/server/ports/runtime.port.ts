import type { Clock } from '@core/shared/clock'
import type { Store } from '../store/store.port'
import type { TemplatesConfig } from '@core/notify/templates'
import type { FilePort } from './file.port'
import type { PushPort } from './push.port'
import type { PayPort } from './pay.port'
import type { ContentSecurityPort } from './content-security.port'
import type { PhoneNumberPort } from './phone-number.port'

/** Everything a use case needs from the outside world; each runtime (CloudBase, local host, tests) builds one. */
export interface Runtime {
  store: Store
  clock: Clock
  files: FilePort
  /** Subscribe messages (WeChat, or the local outbox). */
  push: PushPort
  /** Which WeChat template carries which notice, for this environment. */
  templates: TemplatesConfig
  pay: PayPort
  /** WeChat's text and image checks (or the local word list). */
  contentSecurity: ContentSecurityPort
  /** The getPhoneNumber button's code -> the verified number (WeChat, or a simulated exchange). */
  phoneNumbers: PhoneNumberPort
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
export type Invoker =
  | { kind: 'user'; openid: string }
  | { kind: 'timer' }
  /** WeChat Pay's notify call (SOURCE `wx_paycallback`); locally, only the dev pay route. */
  | { kind: 'payment' }
