import { createHash } from 'node:crypto'
import { appError, ErrorCode } from '@core/shared/errors'
import { fail, ok, type Result } from '@core/shared/result'
import type { PhoneNumberPort } from '../ports/phone-number.port'

/** The code the H5 stand-in of the phone-number button sends. */
export const SIMULATED_PHONE_CODE = 'simulated-phone-code'

/**
 * The local host's exchange: the stand-in code yields a number derived from the openid, the same
 * every time (`177` + 8 digits), so a test or a demo knows what to expect.
 */
export class SimulatedPhoneNumbers implements PhoneNumberPort {
  exchange(code: string, openid: string): Promise<Result<string>> {
    if (code !== SIMULATED_PHONE_CODE) {
      return Promise.resolve(
        fail(appError(ErrorCode.VALIDATION_FAILED, 'invalid phone code', { code: ['授权已过期，请重新获取'] })),
      )
    }
    return Promise.resolve(ok(simulatedNumberOf(openid)))
  }
}

export function simulatedNumberOf(openid: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(openid).digest('hex').slice(0, 12)}`) % 100_000_000n
  return `177${digits.toString().padStart(8, '0')}`
}
