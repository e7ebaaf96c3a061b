import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Dev-login tokens: `<openid in base64url>.<HMAC>`. Signed with a secret kept in the data folder,
 * so a browser's token outlives a host restart but not a fresh data folder.
 */
export class Sessions {
  private constructor(private readonly secret: Buffer) {}

  static inDataDir(dataDir: string): Sessions {
    const file = join(dataDir, 'session-secret')
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    return new Sessions(Buffer.from(readFileSync(file, 'utf8').trim(), 'hex'))
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url')
  }

  issue(openid: string): string {
    const payload = Buffer.from(openid).toString('base64url')
    return `${payload}.${this.sign(payload)}`
  }

  /** The openid a token was issued for, or null when it is malformed or forged. */
  verify(token: string): string | null {
    const [payload, signature, ...rest] = token.split('.')
    if (!payload || !signature || rest.length > 0) return null
    const expected = Buffer.from(this.sign(payload))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    return Buffer.from(payload, 'base64url').toString()
  }
}
