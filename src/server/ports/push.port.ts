import type { SubscribeMessage } from '@core/notify/subscribe-message'

export type { SubscribeMessage }

export type PushResult = { ok: true } | { ok: false; errcode: number; errmsg: string }

/** Where subscribe messages go: WeChat in production, the local outbox on the local host. */
export interface PushPort {
  send(message: SubscribeMessage): Promise<PushResult>
}

/** WeChat's answer when the user has no consent left (or revoked it). */
export const ERR_NO_CONSENT = 43101
/** WeChat's answer when a value breaks its field's rule; errmsg names the field. */
export const ERR_BAD_ARGUMENT = 47003
