import type { Store } from '../store/store.port'
import type { PushPort, PushResult, SubscribeMessage } from '../ports/push.port'

/**
 * The local stand-in for WeChat: records each message in the outbox (GET /api/dev/outbox). Like
 * the platform it can refuse a send, when a test or developer has queued a failure for the user.
 */
export class LocalPush implements PushPort {
  private readonly failures = new Map<string, PushResult[]>()

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  /** The next send to `openid` fails with this WeChat error. */
  failNext(openid: string, errcode: number, errmsg: string): void {
    this.failures.set(openid, [...(this.failures.get(openid) ?? []), { ok: false, errcode, errmsg }])
  }

  async send(message: SubscribeMessage): Promise<PushResult> {
    const queued = this.failures.get(message.toOpenid)
    const failure = queued?.shift()
    if (failure) return failure
    await this.store.collection('outbox').insert({
      ...message,
      id: this.newId(),
      version: 0,
      sentAt: this.now().toISOString(),
    })
    return { ok: true }
  }
}
